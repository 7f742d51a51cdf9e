module github.com/sayso/sayso

go 1.26.0

require (
	github.com/jdkato/prose/v3 v3.2.3
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.43.0
)

require (
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
