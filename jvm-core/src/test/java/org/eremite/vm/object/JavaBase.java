package org.eremite.vm.object;

import org.eremite.vm.testing.JdkClassFiles;
import java.util.ArrayList;
import java.util.List;

/** One shared model of all of java.base, resolved once per test JVM (tests run sequentially). */
final class JavaBase {
    private static TypeModel model;
    private static List<JavaType> classes;

    private JavaBase() {
    }

    static synchronized TypeModel model() {
        if (model == null) {
            model = ShapeReader.jdkModel();
            List<JavaType> all = new ArrayList<>();
            for (String name : JdkClassFiles.allClassesOf("java.base")) {
                all.add(model.type(name));
            }
            classes = all;
        }
        return model;
    }

    /** Every class and interface of java.base, resolved. */
    static synchronized List<JavaType> types() {
        model();
        return classes;
    }
}
