{
  "algorithm" : "Ed25519",
  "signedContent" : "the canonical form of manifest.json without manifestDigest (docs/model-bundle.md)",
  "signer" : "tacerisk-demo",
  "fingerprint" : "9569b1e31a20437ed5df7bb67377398c66c1ee4ada6ac5c6704a7eb5520b601e",
  "publicKey" : "MCowBQYDK2VwAyEAkc83JNS0a77Bkl25f+33eLcmETWcogTAceTYPVv48Pk=",
  "signature" : "0+G3w5QD5aSf0Ou3OFwCPxQOkPoxeSB/HxCp+t4EOkb0QTyK5ARoN5eblCYxc4SewS+1DFWTQWeyCsYTh/SJBg=="
}
