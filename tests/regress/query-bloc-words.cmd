$RNCP parse -q ../../samples/*.txt >/dev/null && $RNCP query --bloc 'sécurité réseau'
