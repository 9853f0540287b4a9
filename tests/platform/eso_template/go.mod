module mlops-platform/tests/eso_template

go 1.22
