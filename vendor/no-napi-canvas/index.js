// pdf.js asks for this only when it runs under Node, which PZK Animator never does.
throw new Error('@napi-rs/canvas is not installed: pdf.js is used only in the renderer.');
