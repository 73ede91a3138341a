# make install PREFIX=/usr/local   — the binary, the demo corpus, the themes and a man page
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
DATADIR = $(DESTDIR)$(PREFIX)/share/reader
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
MANPAGE = .build/plugins/GenerateManual/outputs/Reader/reader.1

.PHONY: build man install uninstall test demo

build:
	scripts/build-release

man: build
	swift package plugin generate-manual --configuration debug   # the help text only: leaves the static release binary alone

install: build man
	install -d $(BINDIR) $(DATADIR) $(MANDIR)
	install -m 755 .build/release/reader $(BINDIR)/reader
	rm -rf $(DATADIR)/demo $(DATADIR)/themes
	cp -R demo themes $(DATADIR)/
	install -m 644 $(MANPAGE) $(MANDIR)/reader.1

uninstall:
	rm -f $(BINDIR)/reader $(MANDIR)/reader.1
	rm -rf $(DATADIR)

test:
	scripts/test

demo:
	scripts/demo
