# Writes a C++ source defining `pw::embedded::<NAME>`: the given text files as (name, content) pairs, in file-name
# order. Run as a script: cmake -DOUT=... -DNAME=... -DFILES="a|b" -P EmbedText.cmake
string(REPLACE "|" ";" FILES "${FILES}")
list(SORT FILES)
set(body "")
foreach(f IN LISTS FILES)
  file(READ "${f}" content)
  get_filename_component(base "${f}" NAME)
  string(APPEND body "  {\"${base}\", R\"PWEMBED(${content})PWEMBED\"},\n")
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from schemas/ by cmake/EmbedText.cmake. Do not edit.\n#include \"store/embedded.h\"\n\nnamespace pw::embedded {\nconst std::vector<EmbeddedFile> ${NAME} = {\n${body}};\n}  // namespace pw::embedded\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
