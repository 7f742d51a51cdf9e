module github.com/sayso/sayso

go 1.26.0

require (
	github.com/creack/pty v1.1.24
	github.com/jdkato/prose/v3 v3.2.3
	github.com/schollz/progressbar/v3 v3.19.1
	github.com/stretchr/testify v1.12.1
	golang.org/x/term v0.48.0
	golang.org/x/text v0.43.0
	gopkg.in/neurosnap/sentences.v1 v1.0.6
)

require (
	github.com/mitchellh/colorstring v0.0.0-20190213212951-d06e56a500db // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/sys v0.50.0 // indirect
)
