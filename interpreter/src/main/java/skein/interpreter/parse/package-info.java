/**
 * Skein's front end: Python 3.11 source text to {@link skein.interpreter.ast} trees, with
 * CPython-exact syntax errors.
 *
 * <h2>Using it</h2>
 * <pre>{@code
 * Mod.Module m = Parser.parseModule(source, filename);      // compile(source, filename, 'exec')
 * Mod.Expression e = Parser.parseExpression(source, name);   // compile(source, name, 'eval')
 * }</pre>
 * Both throw {@link skein.interpreter.parse.PySyntaxError}, which carries what CPython's
 * {@code SyntaxError} carries ({@code kind} is "SyntaxError", "IndentationError" or "TabError")
 * and whose {@link skein.interpreter.parse.PySyntaxError#format()} is what {@code python3 script.py}
 * prints for it. Both are thread-safe (no shared mutable state).
 *
 * <h2>How it is built, and why</h2>
 * <ul>
 *   <li>{@link skein.interpreter.parse.Tokenizer} re-expresses CPython's {@code tokenizer.c} over
 *       UTF-8 bytes (byte columns, INDENT/DEDENT, tab checks, bracket stack, number and string
 *       scanning), producing tokens lazily because error precedence depends on how far CPython has
 *       tokenized when it gives up.</li>
 *   <li>The parser is hand-written recursive descent that follows CPython's PEG grammar
 *       ({@code Grammar/python.gram}) rule by rule, in layers: {@code ParserCore} (token buffer,
 *       memo, the two-pass error strategy), {@code ExpressionRules}, {@code AtomRules},
 *       {@code CallRules}, {@code TargetRules}, {@code ParameterRules}, {@code StatementRules},
 *       {@code CompoundRules}. Like pegen it parses once, and on failure re-parses with the
 *       {@code invalid_*} rules enabled to find CPython's specific message. Left-recursive
 *       operator rules are replaced by loops and precedence climbing that accept exactly the same
 *       language but use less stack.</li>
 *   <li>Literals: {@code StringLiterals} (prefixes, escapes, concatenation), {@code FStringParser}
 *       (3.11's f-string scanner; each replacement field's expression is parsed by a sub-parser
 *       over {@code "(" + text + ")"}, as in CPython), {@code NumberLiterals}.</li>
 * </ul>
 *
 * <h2>Scope and known differences</h2>
 * <ul>
 *   <li>Not supported: {@code async def}/{@code async for}/{@code async with}, {@code await},
 *       asynchronous comprehensions and {@code match} statements. Each is a SyntaxError saying
 *       "... is not supported by Skein", positioned on the keyword. ({@code match}, {@code case}
 *       and {@code _} still work as ordinary names.)</li>
 *   <li>Errors that CPython raises after parsing (symtable/compiler) are left to the compiler:
 *       {@code 'return' outside function}, {@code 'yield' outside function}, {@code 'break'
 *       outside loop}, {@code can't use starred expression here} (a bare {@code *a} statement),
 *       {@code nonlocal} at module level, duplicate parameter names, and so on.</li>
 *   <li>Limits are CPython's: 200 nested brackets ("too many nested parentheses"), 100
 *       indentation levels ("too many levels of indentation"), 4300-digit decimal int literals.
 *       Beyond about 3000 levels of other nesting (chained unary operators, lambdas, conditional
 *       expressions, elifs, ...) Skein reports "Parser stack overflowed - Python source too
 *       complex to parse" as a SyntaxError, where CPython 3.11 raises MemoryError or
 *       RecursionError. A parse that runs out of Java stack (possible on 512 KiB stacks before the
 *       JIT warms up) is transparently retried on a helper thread with a large stack.</li>
 *   <li>Error positions follow CPython's {@code compile()} of a string: {@code offset} and
 *       {@code endOffset} count characters. For a script file CPython keeps UTF-8 byte columns and
 *       reports end-of-file errors at column 0; those values are available as
 *       {@code scriptOffset()}/{@code scriptEndOffset()}/{@code scriptText()} and used by
 *       {@code format()}. One difference cannot be expressed: CPython's string reader adds an
 *       extra empty line after a final {@code \r\n}, which moves end-of-file errors down one line
 *       in {@code compile()} but not when running the file; Skein follows the file behaviour.</li>
 *   <li>{@code \N{...}} uses the JDK's Unicode name table (case-insensitive like CPython's);
 *       CPython's name aliases that the JDK lacks are reported as unknown names. Identifiers use
 *       the JDK's Unicode identifier properties and NFKC normalisation. Invalid escape sequences
 *       are accepted silently (CPython warns).</li>
 * </ul>
 */
package skein.interpreter.parse;
