package org.eremite.vm.compiler.bytecode;

/**
 * The opcodes of the Java Virtual Machine instruction set (JVMS chapter 6, sections 6.5 and 7): their numbers,
 * names, operand formats and encoded lengths.
 *
 * <p>Opcodes 0 ({@code nop}) through 201 ({@code jsr_w}) are defined. 202 ({@code breakpoint}), 254 ({@code impdep1})
 * and 255 ({@code impdep2}) are reserved for debuggers and implementations and "must not appear in any class file"
 * (JVMS 6.2), so {@link #isDefined(int)} is false for them, as for 203..253.
 */
public final class Opcodes {
    public static final int NOP = 0;
    public static final int ACONST_NULL = 1;
    public static final int ICONST_M1 = 2;
    public static final int ICONST_0 = 3;
    public static final int ICONST_1 = 4;
    public static final int ICONST_2 = 5;
    public static final int ICONST_3 = 6;
    public static final int ICONST_4 = 7;
    public static final int ICONST_5 = 8;
    public static final int LCONST_0 = 9;
    public static final int LCONST_1 = 10;
    public static final int FCONST_0 = 11;
    public static final int FCONST_1 = 12;
    public static final int FCONST_2 = 13;
    public static final int DCONST_0 = 14;
    public static final int DCONST_1 = 15;
    public static final int BIPUSH = 16;
    public static final int SIPUSH = 17;
    public static final int LDC = 18;
    public static final int LDC_W = 19;
    public static final int LDC2_W = 20;
    public static final int ILOAD = 21;
    public static final int LLOAD = 22;
    public static final int FLOAD = 23;
    public static final int DLOAD = 24;
    public static final int ALOAD = 25;
    public static final int ILOAD_0 = 26;
    public static final int ILOAD_1 = 27;
    public static final int ILOAD_2 = 28;
    public static final int ILOAD_3 = 29;
    public static final int LLOAD_0 = 30;
    public static final int LLOAD_1 = 31;
    public static final int LLOAD_2 = 32;
    public static final int LLOAD_3 = 33;
    public static final int FLOAD_0 = 34;
    public static final int FLOAD_1 = 35;
    public static final int FLOAD_2 = 36;
    public static final int FLOAD_3 = 37;
    public static final int DLOAD_0 = 38;
    public static final int DLOAD_1 = 39;
    public static final int DLOAD_2 = 40;
    public static final int DLOAD_3 = 41;
    public static final int ALOAD_0 = 42;
    public static final int ALOAD_1 = 43;
    public static final int ALOAD_2 = 44;
    public static final int ALOAD_3 = 45;
    public static final int IALOAD = 46;
    public static final int LALOAD = 47;
    public static final int FALOAD = 48;
    public static final int DALOAD = 49;
    public static final int AALOAD = 50;
    public static final int BALOAD = 51;
    public static final int CALOAD = 52;
    public static final int SALOAD = 53;
    public static final int ISTORE = 54;
    public static final int LSTORE = 55;
    public static final int FSTORE = 56;
    public static final int DSTORE = 57;
    public static final int ASTORE = 58;
    public static final int ISTORE_0 = 59;
    public static final int ISTORE_1 = 60;
    public static final int ISTORE_2 = 61;
    public static final int ISTORE_3 = 62;
    public static final int LSTORE_0 = 63;
    public static final int LSTORE_1 = 64;
    public static final int LSTORE_2 = 65;
    public static final int LSTORE_3 = 66;
    public static final int FSTORE_0 = 67;
    public static final int FSTORE_1 = 68;
    public static final int FSTORE_2 = 69;
    public static final int FSTORE_3 = 70;
    public static final int DSTORE_0 = 71;
    public static final int DSTORE_1 = 72;
    public static final int DSTORE_2 = 73;
    public static final int DSTORE_3 = 74;
    public static final int ASTORE_0 = 75;
    public static final int ASTORE_1 = 76;
    public static final int ASTORE_2 = 77;
    public static final int ASTORE_3 = 78;
    public static final int IASTORE = 79;
    public static final int LASTORE = 80;
    public static final int FASTORE = 81;
    public static final int DASTORE = 82;
    public static final int AASTORE = 83;
    public static final int BASTORE = 84;
    public static final int CASTORE = 85;
    public static final int SASTORE = 86;
    public static final int POP = 87;
    public static final int POP2 = 88;
    public static final int DUP = 89;
    public static final int DUP_X1 = 90;
    public static final int DUP_X2 = 91;
    public static final int DUP2 = 92;
    public static final int DUP2_X1 = 93;
    public static final int DUP2_X2 = 94;
    public static final int SWAP = 95;
    public static final int IADD = 96;
    public static final int LADD = 97;
    public static final int FADD = 98;
    public static final int DADD = 99;
    public static final int ISUB = 100;
    public static final int LSUB = 101;
    public static final int FSUB = 102;
    public static final int DSUB = 103;
    public static final int IMUL = 104;
    public static final int LMUL = 105;
    public static final int FMUL = 106;
    public static final int DMUL = 107;
    public static final int IDIV = 108;
    public static final int LDIV = 109;
    public static final int FDIV = 110;
    public static final int DDIV = 111;
    public static final int IREM = 112;
    public static final int LREM = 113;
    public static final int FREM = 114;
    public static final int DREM = 115;
    public static final int INEG = 116;
    public static final int LNEG = 117;
    public static final int FNEG = 118;
    public static final int DNEG = 119;
    public static final int ISHL = 120;
    public static final int LSHL = 121;
    public static final int ISHR = 122;
    public static final int LSHR = 123;
    public static final int IUSHR = 124;
    public static final int LUSHR = 125;
    public static final int IAND = 126;
    public static final int LAND = 127;
    public static final int IOR = 128;
    public static final int LOR = 129;
    public static final int IXOR = 130;
    public static final int LXOR = 131;
    public static final int IINC = 132;
    public static final int I2L = 133;
    public static final int I2F = 134;
    public static final int I2D = 135;
    public static final int L2I = 136;
    public static final int L2F = 137;
    public static final int L2D = 138;
    public static final int F2I = 139;
    public static final int F2L = 140;
    public static final int F2D = 141;
    public static final int D2I = 142;
    public static final int D2L = 143;
    public static final int D2F = 144;
    public static final int I2B = 145;
    public static final int I2C = 146;
    public static final int I2S = 147;
    public static final int LCMP = 148;
    public static final int FCMPL = 149;
    public static final int FCMPG = 150;
    public static final int DCMPL = 151;
    public static final int DCMPG = 152;
    public static final int IFEQ = 153;
    public static final int IFNE = 154;
    public static final int IFLT = 155;
    public static final int IFGE = 156;
    public static final int IFGT = 157;
    public static final int IFLE = 158;
    public static final int IF_ICMPEQ = 159;
    public static final int IF_ICMPNE = 160;
    public static final int IF_ICMPLT = 161;
    public static final int IF_ICMPGE = 162;
    public static final int IF_ICMPGT = 163;
    public static final int IF_ICMPLE = 164;
    public static final int IF_ACMPEQ = 165;
    public static final int IF_ACMPNE = 166;
    public static final int GOTO = 167;
    public static final int JSR = 168;
    public static final int RET = 169;
    public static final int TABLESWITCH = 170;
    public static final int LOOKUPSWITCH = 171;
    public static final int IRETURN = 172;
    public static final int LRETURN = 173;
    public static final int FRETURN = 174;
    public static final int DRETURN = 175;
    public static final int ARETURN = 176;
    public static final int RETURN = 177;
    public static final int GETSTATIC = 178;
    public static final int PUTSTATIC = 179;
    public static final int GETFIELD = 180;
    public static final int PUTFIELD = 181;
    public static final int INVOKEVIRTUAL = 182;
    public static final int INVOKESPECIAL = 183;
    public static final int INVOKESTATIC = 184;
    public static final int INVOKEINTERFACE = 185;
    public static final int INVOKEDYNAMIC = 186;
    public static final int NEW = 187;
    public static final int NEWARRAY = 188;
    public static final int ANEWARRAY = 189;
    public static final int ARRAYLENGTH = 190;
    public static final int ATHROW = 191;
    public static final int CHECKCAST = 192;
    public static final int INSTANCEOF = 193;
    public static final int MONITORENTER = 194;
    public static final int MONITOREXIT = 195;
    public static final int WIDE = 196;
    public static final int MULTIANEWARRAY = 197;
    public static final int IFNULL = 198;
    public static final int IFNONNULL = 199;
    public static final int GOTO_W = 200;
    public static final int JSR_W = 201;

    /** The reserved opcodes of JVMS 6.2: they have names but must not appear in a class file. */
    public static final int BREAKPOINT = 202;
    public static final int IMPDEP1 = 254;
    public static final int IMPDEP2 = 255;

    /** What {@link #length(int)} answers for {@code tableswitch}, {@code lookupswitch} and {@code wide}. */
    public static final int VARIABLE_LENGTH = -1;

    /** The {@code atype} operand of {@code newarray} (JVMS 6.5 newarray, Table 6.5.newarray-A). */
    public static final int T_BOOLEAN = 4;
    public static final int T_CHAR = 5;
    public static final int T_FLOAT = 6;
    public static final int T_DOUBLE = 7;
    public static final int T_BYTE = 8;
    public static final int T_SHORT = 9;
    public static final int T_INT = 10;
    public static final int T_LONG = 11;

    // Operand formats: how the bytes after the opcode are laid out (the "Format" paragraph of each JVMS 6.5 entry).
    static final int FORMAT_UNDEFINED = -1;
    /** No operands. */
    static final int FORMAT_NONE = 0;
    /** One unsigned byte, a local variable index; {@code wide} makes it an unsigned short. */
    static final int FORMAT_LOCAL = 1;
    /** No operands; the local variable index is part of the opcode ({@code iload_0} .. {@code astore_3}). */
    static final int FORMAT_IMPLICIT_LOCAL = 2;
    /** One signed byte ({@code bipush}). */
    static final int FORMAT_SIGNED_BYTE = 3;
    /** One signed short ({@code sipush}). */
    static final int FORMAT_SIGNED_SHORT = 4;
    /** One unsigned byte, a constant pool index ({@code ldc}). */
    static final int FORMAT_CONSTANT_U1 = 5;
    /** One unsigned short, a constant pool index. */
    static final int FORMAT_CONSTANT_U2 = 6;
    /** Local index (u1) and signed byte increment; {@code wide}: u2 and signed short. */
    static final int FORMAT_IINC = 7;
    /** A signed 16-bit branch offset relative to the opcode. */
    static final int FORMAT_BRANCH_16 = 8;
    /** A signed 32-bit branch offset relative to the opcode. */
    static final int FORMAT_BRANCH_32 = 9;
    static final int FORMAT_TABLESWITCH = 10;
    static final int FORMAT_LOOKUPSWITCH = 11;
    /** Constant pool index (u2), count (u1), a zero byte. */
    static final int FORMAT_INVOKEINTERFACE = 12;
    /** Constant pool index (u2), two zero bytes. */
    static final int FORMAT_INVOKEDYNAMIC = 13;
    /** One unsigned byte, the array type code. */
    static final int FORMAT_NEWARRAY = 14;
    /** Constant pool index (u2), dimensions (u1). */
    static final int FORMAT_MULTIANEWARRAY = 15;
    /** The {@code wide} prefix: a modified opcode follows, with widened operands. */
    static final int FORMAT_WIDE = 16;

    private static final String[] NAMES = new String[256];
    private static final byte[] FORMATS = new byte[256];
    private static final byte[] LENGTHS = new byte[256];

    static {
        // The JVMS 6.5 mnemonics of opcodes 0 .. 201, in order.
        String names = "nop aconst_null iconst_m1 iconst_0 iconst_1 iconst_2 iconst_3 iconst_4 iconst_5 lconst_0 "
                + "lconst_1 fconst_0 fconst_1 fconst_2 dconst_0 dconst_1 bipush sipush ldc ldc_w ldc2_w iload "
                + "lload fload dload aload iload_0 iload_1 iload_2 iload_3 lload_0 lload_1 lload_2 lload_3 "
                + "fload_0 fload_1 fload_2 fload_3 dload_0 dload_1 dload_2 dload_3 aload_0 aload_1 aload_2 "
                + "aload_3 iaload laload faload daload aaload baload caload saload istore lstore fstore dstore "
                + "astore istore_0 istore_1 istore_2 istore_3 lstore_0 lstore_1 lstore_2 lstore_3 fstore_0 "
                + "fstore_1 fstore_2 fstore_3 dstore_0 dstore_1 dstore_2 dstore_3 astore_0 astore_1 astore_2 "
                + "astore_3 iastore lastore fastore dastore aastore bastore castore sastore pop pop2 dup dup_x1 "
                + "dup_x2 dup2 dup2_x1 dup2_x2 swap iadd ladd fadd dadd isub lsub fsub dsub imul lmul fmul dmul "
                + "idiv ldiv fdiv ddiv irem lrem frem drem ineg lneg fneg dneg ishl lshl ishr lshr iushr lushr "
                + "iand land ior lor ixor lxor iinc i2l i2f i2d l2i l2f l2d f2i f2l f2d d2i d2l d2f i2b i2c i2s "
                + "lcmp fcmpl fcmpg dcmpl dcmpg ifeq ifne iflt ifge ifgt ifle if_icmpeq if_icmpne if_icmplt "
                + "if_icmpge if_icmpgt if_icmple if_acmpeq if_acmpne goto jsr ret tableswitch lookupswitch "
                + "ireturn lreturn freturn dreturn areturn return getstatic putstatic getfield putfield "
                + "invokevirtual invokespecial invokestatic invokeinterface invokedynamic new newarray anewarray "
                + "arraylength athrow checkcast instanceof monitorenter monitorexit wide multianewarray ifnull "
                + "ifnonnull goto_w jsr_w";
        int opcode = 0;
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            if (i == names.length() || names.charAt(i) == ' ') {
                NAMES[opcode++] = names.substring(start, i);
                start = i + 1;
            }
        }
        NAMES[BREAKPOINT] = "breakpoint";
        NAMES[IMPDEP1] = "impdep1";
        NAMES[IMPDEP2] = "impdep2";
        for (int op = 0; op < 256; op++) {
            FORMATS[op] = (byte) (op <= JSR_W ? FORMAT_NONE : FORMAT_UNDEFINED);
        }
        setFormat(BIPUSH, BIPUSH, FORMAT_SIGNED_BYTE);
        setFormat(SIPUSH, SIPUSH, FORMAT_SIGNED_SHORT);
        setFormat(LDC, LDC, FORMAT_CONSTANT_U1);
        setFormat(LDC_W, LDC2_W, FORMAT_CONSTANT_U2);
        setFormat(ILOAD, ALOAD, FORMAT_LOCAL);
        setFormat(ILOAD_0, ALOAD_3, FORMAT_IMPLICIT_LOCAL);
        setFormat(ISTORE, ASTORE, FORMAT_LOCAL);
        setFormat(ISTORE_0, ASTORE_3, FORMAT_IMPLICIT_LOCAL);
        setFormat(IINC, IINC, FORMAT_IINC);
        setFormat(IFEQ, JSR, FORMAT_BRANCH_16);
        setFormat(RET, RET, FORMAT_LOCAL);
        setFormat(TABLESWITCH, TABLESWITCH, FORMAT_TABLESWITCH);
        setFormat(LOOKUPSWITCH, LOOKUPSWITCH, FORMAT_LOOKUPSWITCH);
        setFormat(GETSTATIC, INVOKESTATIC, FORMAT_CONSTANT_U2);
        setFormat(INVOKEINTERFACE, INVOKEINTERFACE, FORMAT_INVOKEINTERFACE);
        setFormat(INVOKEDYNAMIC, INVOKEDYNAMIC, FORMAT_INVOKEDYNAMIC);
        setFormat(NEW, NEW, FORMAT_CONSTANT_U2);
        setFormat(NEWARRAY, NEWARRAY, FORMAT_NEWARRAY);
        setFormat(ANEWARRAY, ANEWARRAY, FORMAT_CONSTANT_U2);
        setFormat(CHECKCAST, INSTANCEOF, FORMAT_CONSTANT_U2);
        setFormat(WIDE, WIDE, FORMAT_WIDE);
        setFormat(MULTIANEWARRAY, MULTIANEWARRAY, FORMAT_MULTIANEWARRAY);
        setFormat(IFNULL, IFNONNULL, FORMAT_BRANCH_16);
        setFormat(GOTO_W, JSR_W, FORMAT_BRANCH_32);
        for (int op = 0; op < 256; op++) {
            LENGTHS[op] = (byte) lengthOfFormat(FORMATS[op]);
        }
    }

    private Opcodes() {
    }

    private static void setFormat(int first, int last, int format) {
        for (int op = first; op <= last; op++) {
            FORMATS[op] = (byte) format;
        }
    }

    private static int lengthOfFormat(int format) {
        switch (format) {
            case FORMAT_NONE:
            case FORMAT_IMPLICIT_LOCAL:
                return 1;
            case FORMAT_LOCAL:
            case FORMAT_SIGNED_BYTE:
            case FORMAT_CONSTANT_U1:
            case FORMAT_NEWARRAY:
                return 2;
            case FORMAT_SIGNED_SHORT:
            case FORMAT_CONSTANT_U2:
            case FORMAT_IINC:
            case FORMAT_BRANCH_16:
                return 3;
            case FORMAT_MULTIANEWARRAY:
                return 4;
            case FORMAT_BRANCH_32:
            case FORMAT_INVOKEINTERFACE:
            case FORMAT_INVOKEDYNAMIC:
                return 5;
            case FORMAT_TABLESWITCH:
            case FORMAT_LOOKUPSWITCH:
            case FORMAT_WIDE:
                return VARIABLE_LENGTH;
            default:
                return 0;
        }
    }

    /** True for the opcodes of JVMS chapter 6 that may appear in a class file: 0 through 201. */
    public static boolean isDefined(int opcode) {
        return opcode >= 0 && opcode <= JSR_W;
    }

    /**
     * The JVMS mnemonic of {@code opcode} ({@code "iload"}), the name of a reserved opcode ({@code "breakpoint"}),
     * or {@code "<undefined 0xcb>"} for a number that is no opcode.
     */
    public static String name(int opcode) {
        if (opcode >= 0 && opcode < 256 && NAMES[opcode] != null) {
            return NAMES[opcode];
        }
        return "<undefined 0x" + Integer.toHexString(opcode) + ">";
    }

    /**
     * The encoded length in bytes of an instruction with this opcode, operands included, or
     * {@link #VARIABLE_LENGTH} for {@code tableswitch}, {@code lookupswitch} (their length depends on the
     * padding and the number of cases) and {@code wide} (4, or 6 before {@code iinc}).
     *
     * @throws IllegalArgumentException if {@code opcode} is not {@linkplain #isDefined(int) defined}
     */
    public static int length(int opcode) {
        if (!isDefined(opcode)) {
            throw new IllegalArgumentException(name(opcode) + " is not a defined opcode");
        }
        return LENGTHS[opcode];
    }

    /** The operand format of {@code opcode}, one of the {@code FORMAT_} constants. */
    static int format(int opcode) {
        return opcode >= 0 && opcode < 256 ? FORMATS[opcode] : FORMAT_UNDEFINED;
    }

    /**
     * True for the opcodes {@code wide} may modify (JVMS 6.5 wide): the loads and stores with a local index
     * operand, {@code ret} and {@code iinc}.
     */
    public static boolean isWidenable(int opcode) {
        return (opcode >= ILOAD && opcode <= ALOAD) || (opcode >= ISTORE && opcode <= ASTORE) || opcode == RET
                || opcode == IINC;
    }

    /** The local variable index encoded in {@code iload_0} .. {@code astore_3}. */
    static int implicitLocal(int opcode) {
        return opcode <= ALOAD_3 ? (opcode - ILOAD_0) & 3 : (opcode - ISTORE_0) & 3;
    }

    /** True for {@code ifeq} .. {@code if_acmpne}, {@code ifnull} and {@code ifnonnull}. */
    public static boolean isConditionalBranch(int opcode) {
        return (opcode >= IFEQ && opcode <= IF_ACMPNE) || opcode == IFNULL || opcode == IFNONNULL;
    }

    /** True for {@code ireturn} .. {@code return}. */
    public static boolean isReturn(int opcode) {
        return opcode >= IRETURN && opcode <= RETURN;
    }
}
