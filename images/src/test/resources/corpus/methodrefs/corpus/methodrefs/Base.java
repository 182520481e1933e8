package corpus.methodrefs;

public class Base {
    public String greet() {
        return "Base.greet";
    }

    protected String shout(String s) {
        return "Base.shout " + s;
    }
}
