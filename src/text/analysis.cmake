# Filled in with the analysis library (newsloom_text).
