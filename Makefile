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

# Builds everything, then boots the demo application (demo/Demo.java), or the application of JAR=..., in QEMU.
# The Java back end exists for x86_64; aarch64 and riscv64 boot the boot stub's smoke image until theirs come.
run-qemu: check-arch build
	@mkdir -p $(BUILD)
	@if [ "$(ARCH)" = x86_64 ]; then \
	  jar="$(JAR)"; \
	  if [ -z "$$jar" ]; then \
	    rm -rf $(BUILD)/demo-classes && mkdir -p $(BUILD)/demo-classes && \
	    javac --release 17 -d $(BUILD)/demo-classes demo/Demo.java && \
	    jar --create --file $(BUILD)/demo.jar --main-class Demo -C $(BUILD)/demo-classes . && jar=$(BUILD)/demo.jar; \
	  fi; \
	  bin/eremite pack --arch $(ARCH) "$$jar" -o $(BUILD)/app-$(ARCH).elf && \
	  bin/eremite run --arch $(ARCH) $(BUILD)/app-$(ARCH).elf -- $(ARGS); \
	else \
	  bin/eremite demo --arch $(ARCH) -o $(BUILD)/demo-$(ARCH).elf && \
	  bin/eremite run --arch $(ARCH) $(BUILD)/demo-$(ARCH).elf -- $(ARGS); \
	fi

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
