package httpjson

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestStatusWriter: the first status is kept, a body alone is a 200, nothing written is a 200 not yet written.
func TestStatusWriter(t *testing.T) {
	w := &StatusWriter{ResponseWriter: httptest.NewRecorder()}
	if w.Wrote() || w.Status() != http.StatusOK {
		t.Fatalf("fresh writer: wrote %v status %d", w.Wrote(), w.Status())
	}
	Error(w, http.StatusTeapot, "short and stout")
	w.WriteHeader(http.StatusInternalServerError)
	if !w.Wrote() || w.Status() != http.StatusTeapot {
		t.Fatalf("after an error answer: wrote %v status %d, want 418", w.Wrote(), w.Status())
	}
	rec := httptest.NewRecorder()
	w = &StatusWriter{ResponseWriter: rec}
	_, _ = w.Write([]byte("x"))
	if w.Status() != http.StatusOK || rec.Code != http.StatusOK {
		t.Fatalf("body alone: %d (recorder %d)", w.Status(), rec.Code)
	}
}

// TestWrite answers JSON with the security header; an unencodable value is a 500.
func TestWrite(t *testing.T) {
	rec := httptest.NewRecorder()
	Write(rec, http.StatusAccepted, map[string]int{"a": 1})
	if rec.Code != http.StatusAccepted || rec.Body.String() != "{\"a\":1}\n" || rec.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Fatalf("got %d %q %v", rec.Code, rec.Body.String(), rec.Header())
	}
	rec = httptest.NewRecorder()
	Write(rec, http.StatusOK, func() {})
	if rec.Code != http.StatusInternalServerError {
		t.Fatalf("unencodable: %d", rec.Code)
	}
}
