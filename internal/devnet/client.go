//go:build unix

package devnet

import (
	"net/http"
	"time"

	"github.com/vmattest/vmattest/oracle/nodeapi"
)

// Node returns a client of the devnet's (first) node, with the devnet's token.
func (d *Devnet) Node() *nodeapi.Client { return d.NodeAt(0) }

// NodeAt returns a client of node i, with the devnet's token.
func (d *Devnet) NodeAt(i int) *nodeapi.Client {
	return &nodeapi.Client{URL: d.nodes[i].URL, Token: d.nodes[i].Token, HTTP: &http.Client{Timeout: 30 * time.Second}}
}
