package corpus.minivm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny stack-machine VM: an assembler from text (labels, comments, instruction operands) to an int[] of
 * opcodes, and an interpreter loop dispatching with a dense switch (a tableswitch) over 20 opcodes, with call
 * frames, locals, a data stack, conditional jumps and error traps (stack underflow, division by zero, bad jump).
 * Runs a factorial, a loop summing squares, a recursive Fibonacci with calls, and faulty programs.
 */
public class Main {
    static final String[] NAMES = {"push", "pop", "dup", "swap", "add", "sub", "mul", "div", "mod", "neg", "load",
        "store", "jmp", "jz", "jnz", "lt", "call", "ret", "print", "halt"};

    static final class VmError extends RuntimeException {
        VmError(String message, int pc) {
            super(message + " at pc " + pc);
        }
    }

    static int[] assemble(String source) {
        Map<String, Integer> labels = new HashMap<>();
        List<String[]> lines = new ArrayList<>();
        int address = 0;
        for (String raw : source.split("\n")) {
            String line = raw.replaceAll(";.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.endsWith(":")) {
                labels.put(line.substring(0, line.length() - 1), address);
                continue;
            }
            String[] parts = line.split("\\s+");
            lines.add(parts);
            address += parts.length;
        }
        int[] code = new int[address];
        int pc = 0;
        for (String[] parts : lines) {
            int op = Arrays.asList(NAMES).indexOf(parts[0]);
            if (op < 0) {
                throw new IllegalArgumentException("unknown instruction " + parts[0]);
            }
            code[pc++] = op;
            if (parts.length > 1) {
                String arg = parts[1];
                code[pc++] = labels.containsKey(arg) ? labels.get(arg) : Integer.parseInt(arg);
            }
        }
        return code;
    }

    static String run(int[] code, long maxSteps) {
        long[] stack = new long[256];
        int sp = 0;
        long[] locals = new long[16 * 65];
        int fp = 0;
        int[] returns = new int[64];
        int depth = 0;
        int pc = 0;
        long steps = 0;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pc < 0 || pc >= code.length) {
                throw new VmError("jump out of code", pc);
            }
            if (++steps > maxSteps) {
                throw new VmError("step limit", pc);
            }
            int op = code[pc++];
            switch (op) {
                case 0: stack[sp++] = code[pc++]; break;
                case 1: check(sp, 1, pc); sp--; break;
                case 2: check(sp, 1, pc); stack[sp] = stack[sp - 1]; sp++; break;
                case 3: { check(sp, 2, pc); long t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
                case 4: check(sp, 2, pc); sp--; stack[sp - 1] += stack[sp]; break;
                case 5: check(sp, 2, pc); sp--; stack[sp - 1] -= stack[sp]; break;
                case 6: check(sp, 2, pc); sp--; stack[sp - 1] *= stack[sp]; break;
                case 7:
                case 8: {
                    check(sp, 2, pc);
                    long b = stack[--sp];
                    if (b == 0) {
                        throw new VmError("division by zero", pc - 1);
                    }
                    stack[sp - 1] = op == 7 ? stack[sp - 1] / b : stack[sp - 1] % b;
                    break;
                }
                case 9: check(sp, 1, pc); stack[sp - 1] = -stack[sp - 1]; break;
                case 10: stack[sp++] = locals[fp + code[pc++]]; break;
                case 11: check(sp, 1, pc); locals[fp + code[pc++]] = stack[--sp]; break;
                case 12: pc = code[pc]; break;
                case 13: check(sp, 1, pc); pc = stack[--sp] == 0 ? code[pc] : pc + 1; break;
                case 14: check(sp, 1, pc); pc = stack[--sp] != 0 ? code[pc] : pc + 1; break;
                case 15: check(sp, 2, pc); sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; break;
                case 16:
                    if (depth == returns.length) {
                        throw new VmError("call stack overflow", pc - 1);
                    }
                    returns[depth++] = pc + 1;
                    fp += 16;
                    locals[fp] = stack[--sp];
                    pc = code[pc];
                    break;
                case 17:
                    if (depth == 0) {
                        return out.append("[ret at top level]").toString();
                    }
                    pc = returns[--depth];
                    fp -= 16;
                    break;
                case 18: check(sp, 1, pc); out.append(stack[--sp]).append(' '); break;
                case 19: return out.append("[halt after ").append(steps).append(" steps]").toString();
                default: throw new VmError("bad opcode " + op, pc - 1);
            }
        }
    }

    static void check(int sp, int needed, int pc) {
        if (sp < needed) {
            throw new VmError("stack underflow", pc - 1);
        }
    }

    public static void main(String[] args) {
        String factorial = """
                push 1
                store 0        ; acc = 1
                push 20
                store 1        ; n = 20
                loop:
                load 1
                jz done
                load 0
                load 1
                mul
                store 0
                load 1
                push 1
                sub
                store 1
                jmp loop
                done:
                load 0
                print
                halt
                """;
        String squares = """
                push 0
                store 0   ; i
                push 0
                store 1   ; sum
                next:
                load 0
                push 100
                lt
                jz end
                load 0
                dup
                mul
                load 1
                add
                store 1
                load 0
                push 1
                add
                store 0
                jmp next
                end:
                load 1
                print
                halt
                """;
        String fib = """
                push 0
                store 0
                more:
                load 0
                call fib
                print
                load 0
                push 1
                add
                dup
                store 0
                push 15
                lt
                jnz more
                halt
                fib:          ; argument in local 0 of the new frame, result on the stack
                load 0
                push 2
                lt
                jz recurse
                load 0
                ret
                recurse:
                load 0
                push 1
                sub
                call fib
                load 0
                push 2
                sub
                call fib
                add
                ret
                """;
        String[] programs = {factorial, squares, fib, "push 1\npush 0\ndiv\nhalt", "add\nhalt", "jmp 99", "push 7\nprint\nret",
            "top:\njmp top", "push 2\nstore 0\nself:\nload 0\ncall self"};
        for (String p : programs) {
            int[] code = assemble(p);
            try {
                System.out.println(code.length + " words: " + run(code, 2_000_000));
            } catch (VmError e) {
                System.out.println(code.length + " words: error " + e.getMessage());
            }
        }
        try {
            assemble("jump 3");
        } catch (IllegalArgumentException e) {
            System.out.println("assembler: " + e.getMessage());
        }
    }
}
