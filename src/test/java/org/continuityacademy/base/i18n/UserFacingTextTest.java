package org.continuityacademy.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Views take every text people read from the bundles. This test reads the syntax trees of the view code
 * ({@code ..ui..} packages) and fails on a string literal with a letter in it that reaches a person:
 * <ul>
 * <li>as the text argument of a component's constructor ({@code new Button("Save")}, {@code new Span("Due " + d)};
 *     for {@code Anchor} and {@code RouterLink} the link text, not the address);</li>
 * <li>given to a method that sets text, a label, a header, a placeholder, a tooltip or an error message
 *     ({@code setHeader("Name")}, {@code Notification.show("Saved")}, {@code ExportColumn.of("Name", …)});</li>
 * <li>as the value of a text attribute ({@code setAttribute("aria-label", "Close")}; also {@code title},
 *     {@code placeholder}, {@code alt}).</li>
 * </ul>
 * What tells text from the rest: the position (above), and that the literal holds a letter — punctuation such
 * as {@code "—"} or {@code ", "} is not text. A literal inside another call ({@code getTranslation("key")}) is that
 * call's business, not the component's.
 */
class UserFacingTextTest {

    /** Component constructors and which of their arguments are text (-1: every argument). */
    static final Map<String, Integer> COMPONENTS = Map.ofEntries(
            Map.entry("Button", 0), Map.entry("Span", -1), Map.entry("Paragraph", -1), Map.entry("Div", -1),
            Map.entry("H1", -1), Map.entry("H2", -1), Map.entry("H3", -1), Map.entry("H4", -1), Map.entry("H5", -1),
            Map.entry("H6", -1), Map.entry("Text", 0), Map.entry("NativeLabel", 0), Map.entry("Anchor", 1),
            Map.entry("RouterLink", 0), Map.entry("Checkbox", 0), Map.entry("TextField", 0), Map.entry("TextArea", 0),
            Map.entry("EmailField", 0), Map.entry("PasswordField", 0), Map.entry("IntegerField", 0),
            Map.entry("NumberField", 0), Map.entry("BigDecimalField", 0), Map.entry("ComboBox", 0),
            Map.entry("MultiSelectComboBox", 0), Map.entry("Select", 0), Map.entry("RadioButtonGroup", 0),
            Map.entry("CheckboxGroup", 0), Map.entry("DatePicker", 0), Map.entry("TimePicker", 0),
            Map.entry("DateTimePicker", 0), Map.entry("Tab", 0), Map.entry("Details", 0), Map.entry("Notification", 0),
            Map.entry("ConfirmDialog", -1), Map.entry("SideNavItem", 0), Map.entry("ListItem", -1),
            Map.entry("Emphasis", -1), Map.entry("Pre", -1), Map.entry("Badge", 0), Map.entry("ViewHeader", 0),
            Map.entry("SearchField", -1), Map.entry("Avatar", 0), Map.entry("Upload", -1), Map.entry("Dialog", 0),
            Map.entry("Legend", -1), Map.entry("Strong", -1), Map.entry("Label", 0));

    static final Set<String> TEXT_METHODS = Set.of("setText", "setLabel", "setHeader", "setHeaderTitle", "setPlaceholder",
            "setHelperText", "setTitle", "setAriaLabel", "setErrorMessage", "setTooltipText", "setSummaryText",
            "setConfirmText", "setCancelText", "setRejectText", "show", "addItem", "setAddButtonText", "setDropLabel",
            "setI18n", "setEmptyStateText", "setDescription");

    static final Set<String> TEXT_ATTRIBUTES = Set.of("aria-label", "title", "placeholder", "alt", "aria-description",
            "aria-roledescription", "label");

    @Test
    void views_pass_no_string_literal_as_text() {
        var found = new ArrayList<String>();
        for (var unit : SourceTrees.parse()) {
            String path = unit.relative().replace('\\', '/');
            if (!path.contains("/ui/")) {
                continue;
            }
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitNewClass(NewClassTree created, Void unused) {
                    String type = created.getIdentifier().toString();
                    type = type.substring(type.lastIndexOf('.') + 1).replaceAll("<.*", "");
                    Integer position = COMPONENTS.get(type);
                    if (position != null) {
                        check(created, created.getArguments(), position);
                    }
                    return super.visitNewClass(created, unused);
                }

                @Override
                public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                    String name = MessageBundlesTest.name(call.getMethodSelect());
                    String receiver = MessageBundlesTest.receiver(call.getMethodSelect());
                    List<? extends ExpressionTree> args = call.getArguments();
                    if (TEXT_METHODS.contains(name)) {
                        check(call, args, -1);
                    } else if (name.equals("of") && receiver.endsWith("ExportColumn")) {
                        check(call, args, 0);
                    } else if ((name.equals("setAttribute") || name.equals("setProperty")) && args.size() == 2
                            && args.getFirst() instanceof LiteralTree attribute && TEXT_ATTRIBUTES.contains(String.valueOf(attribute.getValue()))) {
                        check(call, args, 1);
                    }
                    return super.visitMethodInvocation(call, unused);
                }

                private void check(Tree where, List<? extends ExpressionTree> args, int position) {
                    for (int i = 0; i < args.size(); i++) {
                        if (position >= 0 && i != position) {
                            continue;
                        }
                        for (String literal : textLiterals(args.get(i))) {
                            found.add(path + ":" + unit.line(where) + " \"" + literal + "\"");
                        }
                    }
                }
            }.scan(unit.tree(), null);
        }
        assertThat(found).as("string literals shown to people; put them in src/main/resources/i18n and use getTranslation").isEmpty();
    }

    /** String literals with a letter in an argument, not counting those inside another call or a lambda. */
    static List<String> textLiterals(ExpressionTree argument) {
        var literals = new ArrayList<String>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitLiteral(LiteralTree literal, Void unused) {
                if (literal.getValue() instanceof String text && text.codePoints().anyMatch(Character::isLetter)) {
                    literals.add(text);
                }
                return null;
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                return null;
            }

            @Override
            public Void visitNewClass(NewClassTree created, Void unused) {
                return null;
            }

            @Override
            public Void visitLambdaExpression(com.sun.source.tree.LambdaExpressionTree lambda, Void unused) {
                return null;
            }
        }.scan(argument, null);
        return literals;
    }
}
