# Eremite: the user's commands. Everything below calls Maven or bin/eremite; see README.md.
ARCH ?= x86_64
JAR ?=
ARCHS := x86_64 aarch64 riscv64
MVN := mvn -B -ntp -q -Dstyle.color=never
BUILD := build

.PHONY: all setup build test run-qemu image bench clean check-arch

all: build

setup:
	@scripts/setup.sh

check-arch:
	@case " $(ARCHS) " in *" $(ARCH) "*) ;; *) echo "ARCH must be one of: $(ARCHS) (got '$(ARCH)')" >&2; exit 2;; esac

# Compiles every module and prepares bin/eremite (tests run under 'make test').
build: setup
	$(MVN) install -DskipTests

# All tests: unit tests of every module, encodings against GNU binutils, images booted in QEMU.
test: setup
	mvn -B -ntp -Dstyle.color=never install

# Builds everything, then boots the demo image (or the image of JAR=...) in QEMU.
run-qemu: check-arch build
	@mkdir -p $(BUILD)
	@bin/eremite demo --arch $(ARCH) -o $(BUILD)/demo-$(ARCH).elf
	@bin/eremite run --arch $(ARCH) $(BUILD)/demo-$(ARCH).elf -- $(ARGS)

# Packs JAR=app.jar into a bootable image for ARCH.
image: check-arch build
	@test -n "$(JAR)" || { echo "usage: make image ARCH=<isa> JAR=app.jar" >&2; exit 2; }
	@bin/eremite pack --arch $(ARCH) $(JAR)

# Benchmarks that print figures (assembler throughput, boot times, ...).
bench: build
	@bin/eremite-bench

clean:
	$(MVN) clean
	rm -rf $(BUILD)
