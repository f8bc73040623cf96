$RNCP parse --no-store no-such-fiche.txt
