package corpus.widelocals;

/**
 * The wide instruction: a method with 150 long locals (300 slots), so loads, stores and iinc of the last locals
 * use wide forms (index above 255), iinc with increments outside a byte (wide iinc), and a double and an int and a
 * reference local above slot 255.
 */
public class Main {
    static long manyLocals(long seed) {
        long v0 = seed + 0, v1 = seed + 1, v2 = seed + 2, v3 = seed + 3, v4 = seed + 4, v5 = seed + 5, v6 = seed + 6, v7 = seed + 7, v8 = seed + 8, v9 = seed + 9;
        long v10 = seed + 10, v11 = seed + 11, v12 = seed + 12, v13 = seed + 13, v14 = seed + 14, v15 = seed + 15, v16 = seed + 16, v17 = seed + 17, v18 = seed + 18, v19 = seed + 19;
        long v20 = seed + 20, v21 = seed + 21, v22 = seed + 22, v23 = seed + 23, v24 = seed + 24, v25 = seed + 25, v26 = seed + 26, v27 = seed + 27, v28 = seed + 28, v29 = seed + 29;
        long v30 = seed + 30, v31 = seed + 31, v32 = seed + 32, v33 = seed + 33, v34 = seed + 34, v35 = seed + 35, v36 = seed + 36, v37 = seed + 37, v38 = seed + 38, v39 = seed + 39;
        long v40 = seed + 40, v41 = seed + 41, v42 = seed + 42, v43 = seed + 43, v44 = seed + 44, v45 = seed + 45, v46 = seed + 46, v47 = seed + 47, v48 = seed + 48, v49 = seed + 49;
        long v50 = seed + 50, v51 = seed + 51, v52 = seed + 52, v53 = seed + 53, v54 = seed + 54, v55 = seed + 55, v56 = seed + 56, v57 = seed + 57, v58 = seed + 58, v59 = seed + 59;
        long v60 = seed + 60, v61 = seed + 61, v62 = seed + 62, v63 = seed + 63, v64 = seed + 64, v65 = seed + 65, v66 = seed + 66, v67 = seed + 67, v68 = seed + 68, v69 = seed + 69;
        long v70 = seed + 70, v71 = seed + 71, v72 = seed + 72, v73 = seed + 73, v74 = seed + 74, v75 = seed + 75, v76 = seed + 76, v77 = seed + 77, v78 = seed + 78, v79 = seed + 79;
        long v80 = seed + 80, v81 = seed + 81, v82 = seed + 82, v83 = seed + 83, v84 = seed + 84, v85 = seed + 85, v86 = seed + 86, v87 = seed + 87, v88 = seed + 88, v89 = seed + 89;
        long v90 = seed + 90, v91 = seed + 91, v92 = seed + 92, v93 = seed + 93, v94 = seed + 94, v95 = seed + 95, v96 = seed + 96, v97 = seed + 97, v98 = seed + 98, v99 = seed + 99;
        long v100 = seed + 100, v101 = seed + 101, v102 = seed + 102, v103 = seed + 103, v104 = seed + 104, v105 = seed + 105, v106 = seed + 106, v107 = seed + 107, v108 = seed + 108, v109 = seed + 109;
        long v110 = seed + 110, v111 = seed + 111, v112 = seed + 112, v113 = seed + 113, v114 = seed + 114, v115 = seed + 115, v116 = seed + 116, v117 = seed + 117, v118 = seed + 118, v119 = seed + 119;
        long v120 = seed + 120, v121 = seed + 121, v122 = seed + 122, v123 = seed + 123, v124 = seed + 124, v125 = seed + 125, v126 = seed + 126, v127 = seed + 127, v128 = seed + 128, v129 = seed + 129;
        long v130 = seed + 130, v131 = seed + 131, v132 = seed + 132, v133 = seed + 133, v134 = seed + 134, v135 = seed + 135, v136 = seed + 136, v137 = seed + 137, v138 = seed + 138, v139 = seed + 139;
        long v140 = seed + 140, v141 = seed + 141, v142 = seed + 142, v143 = seed + 143, v144 = seed + 144, v145 = seed + 145, v146 = seed + 146, v147 = seed + 147, v148 = seed + 148, v149 = seed + 149;
        int counter = 0;
        double ratio = 0.5;
        String label = "wide";
        counter += 1000;
        counter -= 70000;
        counter++;
        ratio *= v149;
        v149 += v148 * v147;
        v140 = v141 ^ v142;
        label = label + counter;
        long sum = 0;
        sum += v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9;
        sum += v10 + v11 + v12 + v13 + v14 + v15 + v16 + v17 + v18 + v19;
        sum += v20 + v21 + v22 + v23 + v24 + v25 + v26 + v27 + v28 + v29;
        sum += v30 + v31 + v32 + v33 + v34 + v35 + v36 + v37 + v38 + v39;
        sum += v40 + v41 + v42 + v43 + v44 + v45 + v46 + v47 + v48 + v49;
        sum += v50 + v51 + v52 + v53 + v54 + v55 + v56 + v57 + v58 + v59;
        sum += v60 + v61 + v62 + v63 + v64 + v65 + v66 + v67 + v68 + v69;
        sum += v70 + v71 + v72 + v73 + v74 + v75 + v76 + v77 + v78 + v79;
        sum += v80 + v81 + v82 + v83 + v84 + v85 + v86 + v87 + v88 + v89;
        sum += v90 + v91 + v92 + v93 + v94 + v95 + v96 + v97 + v98 + v99;
        sum += v100 + v101 + v102 + v103 + v104 + v105 + v106 + v107 + v108 + v109;
        sum += v110 + v111 + v112 + v113 + v114 + v115 + v116 + v117 + v118 + v119;
        sum += v120 + v121 + v122 + v123 + v124 + v125 + v126 + v127 + v128 + v129;
        sum += v130 + v131 + v132 + v133 + v134 + v135 + v136 + v137 + v138 + v139;
        sum += v140 + v141 + v142 + v143 + v144 + v145 + v146 + v147 + v148 + v149;
        System.out.println("counter " + counter + ", ratio " + ratio + ", label " + label + ", v149 " + v149 + ", v140 " + v140);
        return sum;
    }

    static int wideIinc(int start) {
        int x = start;
        x += 127;
        x += 128;
        x -= 129;
        x += 32767;
        x -= 32768;
        return x;
    }

    public static void main(String[] args) {
        System.out.println("sum of locals " + manyLocals(1));
        System.out.println("sum of locals " + manyLocals(-1000000000000L));
        System.out.println("wide iinc " + wideIinc(0) + " " + wideIinc(Integer.MAX_VALUE));
    }
}
