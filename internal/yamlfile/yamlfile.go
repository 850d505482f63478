// Package yamlfile holds what the agent's and the node's configuration files share: strict YAML decoding and
// environment overrides of string fields.
package yamlfile

import (
	"bytes"
	"errors"
	"io"
	"os"

	"gopkg.in/yaml.v3"
)

// Decode decodes one YAML document strictly into v: an unknown field is an error; an empty document leaves
// v as it is.
func Decode(data []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}

// Override sets each field to the environment variable prefix+name, when that variable is set.
func Override(prefix string, fields map[string]*string) {
	for name, dst := range fields {
		if v, ok := os.LookupEnv(prefix + name); ok {
			*dst = v
		}
	}
}
