# cmake -DIN=file -DOUT=file.cc -DSYMBOL=name -P EmbedFile.cmake
# Writes a C++ source defining `extern const std::string_view SYMBOL` holding IN's bytes,
# split into raw string literal chunks (compilers limit one literal's length).
file(READ ${IN} content)
string(LENGTH "${content}" len)
set(chunk 8000)
set(body "")
set(pos 0)
while(pos LESS len)
  string(SUBSTRING "${content}" ${pos} ${chunk} piece)
  string(APPEND body "R\"nl_embed(${piece})nl_embed\"\n")
  math(EXPR pos "${pos} + ${chunk}")
endwhile()
if(body STREQUAL "")
  set(body "\"\"")
endif()
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\n#include <string_view>\nnamespace newsloom {\nextern const std::string_view ${SYMBOL};\nstatic const char ${SYMBOL}_data[] =\n${body};\nconst std::string_view ${SYMBOL}(${SYMBOL}_data, sizeof(${SYMBOL}_data) - 1);\n}  // namespace newsloom\n")
