/*
 * replay.c - run the fuzz target over files, without libFuzzer: the kept
 * corpus (tests/fuzz/corpus/) becomes a regression test of "make test",
 * and runs under any compiler, ASan or valgrind.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "rncp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
main(int argc, char **argv)
{
	int i;
	rncp_error err;

	for (i = 1; i < argc; i++) {
		char *data = NULL;
		size_t len = 0;
		if (rncp_read_file(argv[i], &data, &len, &err) != RNCP_OK) {
			fprintf(stderr, "replay: %s: %s\n", argv[i], err.msg);
			return 2;
		}
		LLVMFuzzerTestOneInput((const uint8_t *)data, len);
		free(data);
	}
	printf("replay: %d inputs, no failure\n", argc - 1);
	return 0;
}
