package viva.system;

/** An enum whose constants may also be written as the Chinese labels of a provincial export. */
public interface Labelled {

    boolean matches(String text);
}
