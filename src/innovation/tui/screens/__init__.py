"""The screens: Översikt, Området, Inkorg, Historik, and the forms and help between them."""
