{
  "algorithm" : "Ed25519",
  "signedContent" : "the canonical form of manifest.json without manifestDigest (docs/model-bundle.md)",
  "signer" : "tacerisk-demo",
  "fingerprint" : "9569b1e31a20437ed5df7bb67377398c66c1ee4ada6ac5c6704a7eb5520b601e",
  "publicKey" : "MCowBQYDK2VwAyEAkc83JNS0a77Bkl25f+33eLcmETWcogTAceTYPVv48Pk=",
  "signature" : "MGCxZgzUIUWAXlQGI+G9DBrh22osko/7rMRI82ntuhSl/14Uo6yoOznVGM2jCcpAHHdpqv+W77DUu08Jego4Aw=="
}
