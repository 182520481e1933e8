package org.eremite.image.desugar;

/**
 * What desugaring did, counted separately for the application and for the JDK, for the build report.
 */
public final class DesugarStatistics {
    /** Counts for one side (application or JDK). */
    public static final class Counts {
        private int classesRead;
        private int classesChanged;
        private int concatSites;
        private int lambdaSites;
        private int recordSites;
        private int generatedClasses;
        private int accessors;
        private long nanos;

        public int classesRead() {
            return classesRead;
        }

        /** Classes with at least one call site rewritten. */
        public int classesChanged() {
            return classesChanged;
        }

        public int concatSites() {
            return concatSites;
        }

        public int lambdaSites() {
            return lambdaSites;
        }

        public int recordSites() {
            return recordSites;
        }

        public int sites() {
            return concatSites + lambdaSites + recordSites;
        }

        public int generatedClasses() {
            return generatedClasses;
        }

        public int accessors() {
            return accessors;
        }

        /** Time spent reading and desugaring these classes. */
        public long nanos() {
            return nanos;
        }
    }

    private final Counts application = new Counts();
    private final Counts jdk = new Counts();

    public Counts application() {
        return application;
    }

    public Counts jdk() {
        return jdk;
    }

    private Counts of(boolean isApplication) {
        return isApplication ? application : jdk;
    }

    void countRead(boolean isApplication, long nanos) {
        of(isApplication).classesRead++;
        of(isApplication).nanos += nanos;
    }

    void countChanged(boolean isApplication) {
        of(isApplication).classesChanged++;
    }

    void countConcat(boolean isApplication) {
        of(isApplication).concatSites++;
    }

    void countLambda(boolean isApplication) {
        of(isApplication).lambdaSites++;
    }

    void countRecord(boolean isApplication) {
        of(isApplication).recordSites++;
    }

    void countGenerated(boolean isApplication) {
        of(isApplication).generatedClasses++;
    }

    void countAccessor(boolean isApplication) {
        of(isApplication).accessors++;
    }
}
