package org.continuityacademy.api;

/** A request parameter the API cannot use; answered with 400 naming the parameter and what is wrong. */
final class InvalidParameter extends RuntimeException {

    private final String parameter;

    InvalidParameter(String parameter, String problem) {
        super(problem);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
