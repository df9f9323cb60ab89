"""serving: delivery — the `medqa` command line, inference engine, HTTP API and Gradio UI."""
