// Renders ExternalSecret templates the way External Secrets Operator v2.9.0 does, for the tests:
// Go text/template, option missingkey=error, the Secret's data as a map of strings
// (runtime/template/v2/template.go:231-250), and the sprig functions the platform's templates use,
// defined as in runtime/template/v2/sprig/functions.go:84 (hasSuffix takes the suffix first).
//
// stdin: {"templates": {"key": "template"}, "data": {"key": "value"}}; stdout: {"key": "rendered"}.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"text/template"
)

var funcs = template.FuncMap{
	"hasSuffix": func(substr string, str string) bool { return strings.HasSuffix(str, substr) },
	"hasPrefix": func(substr string, str string) bool { return strings.HasPrefix(str, substr) },
}

func main() {
	var input struct {
		Templates map[string]string `json:"templates"`
		Data      map[string]string `json:"data"`
	}
	if err := json.NewDecoder(os.Stdin).Decode(&input); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	out := map[string]string{}
	for key, text := range input.Templates {
		t, err := template.New(key).Option("missingkey=error").Funcs(funcs).Parse(text)
		if err != nil {
			fmt.Fprintf(os.Stderr, "parse %s: %v\n", key, err)
			os.Exit(1)
		}
		var buf bytes.Buffer
		if err := t.Execute(&buf, input.Data); err != nil {
			fmt.Fprintf(os.Stderr, "execute %s: %v\n", key, err)
			os.Exit(1)
		}
		out[key] = buf.String()
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
