# Sourced by the bench scripts: `repeat_book DIR COPIES TITLE` writes a book folder DIR whose
# book.toml lists the default sources (content/sources/*.txt) COPIES times over.
repeat_book() {
  mkdir -p "$1/sources"
  printf 'title = "%s"\n' "$3" > "$1/book.toml"
  n=0
  while [ "$n" -lt "$2" ]; do
    for src in content/sources/*.txt; do
      name="$n-$(basename "$src")"
      cp "$src" "$1/sources/$name"
      printf '[[article]]\nsource = "sources/%s"\n' "$name" >> "$1/book.toml"
    done
    n=$((n + 1))
  done
}
