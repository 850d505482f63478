// Package httpjson holds what the agent's and the node's HTTP APIs share: JSON answers, the error body, and a
// ResponseWriter that records the status for metrics and logs.
package httpjson

import (
	"encoding/json"
	"net/http"
)

// ErrorResponse is the body of every error answer.
type ErrorResponse struct {
	Error string `json:"error"`
}

// Write answers code with v as JSON (a 500 when v cannot be encoded).
func Write(w http.ResponseWriter, code int, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		code, data = http.StatusInternalServerError, []byte(`{"error":"failed to encode the response"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	_, _ = w.Write(append(data, '\n'))
}

// Error answers code with ErrorResponse{msg}.
func Error(w http.ResponseWriter, code int, msg string) { Write(w, code, ErrorResponse{Error: msg}) }

// StatusWriter records the status code a handler answers.
type StatusWriter struct {
	http.ResponseWriter
	code int
}

// WriteHeader records the first status and passes it on.
func (w *StatusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

// Write records an implicit 200 and passes the body on.
func (w *StatusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Wrote reports whether the handler has answered (a status or a body).
func (w *StatusWriter) Wrote() bool { return w.code != 0 }

// Status is the status answered so far: 200 when the handler wrote nothing.
func (w *StatusWriter) Status() int {
	if w.code == 0 {
		return http.StatusOK
	}
	return w.code
}
