using System.Globalization;
using System.Xml.Linq;
using Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Codegen.Generator.Tests.Security;

/// <summary>
/// The spec is untrusted input. Descriptions, titles, names, enum values, discriminator values, defaults
/// and examples full of comment terminators, XML, quotes, backslashes, every kind of newline, directives,
/// attribute-closing text and bidi controls must give code that compiles cleanly and holds all of it
/// only inside comments and string literals, escaped.
/// </summary>
public sealed class UntrustedSpecTests
{
    private const string Undocumented = "#pragma warning disable CS1573, CS1591 // What the API description leaves undocumented has no comment, not one that repeats its name.";

    /// <summary>Texts the spec plants; none may appear in the output outside a comment or a string literal.</summary>
    private static readonly string[] Markers = ["#error", "#pragma warning restore", "[assembly:", "</script>", "alert(1)"];

    // The syntactic checks read the generator's output directly, so each fails on its own when the output does not compile.
    private static readonly Lazy<GeneratorOutput> Output = new(() => GeneratorRunner.RunOnFile(Path.Combine(TestPaths.TestSpecs, "schemas", "untrusted.yaml"), GeneratedModels.Namespace));

    private static readonly Lazy<GeneratedModels> Lazy = new(() => GeneratedModels.FromSpec("untrusted.yaml"));

    private static IEnumerable<(string HintName, SyntaxTree Tree)> Trees()
        => Files().Select(f => (f.HintName, CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose))));

    /// <summary>The generated files; none (a spec error) would let every check below pass without looking at anything.</summary>
    private static IReadOnlyList<(string HintName, string Text)> Files()
    {
        Assert.Contains(Output.Value.Files, f => f.HintName.EndsWith(".Evil.g.cs", StringComparison.Ordinal));
        return Output.Value.Files;
    }

    [Fact]
    public void The_output_compiles_with_zero_warnings_including_xml_doc_checks()
    {
        // GeneratedModels asserts zero compiler diagnostics (CS1570-family included: DocumentationMode.Diagnose).
        Assert.NotEmpty(Lazy.Value.Output.Files);
        Assert.Contains(Lazy.Value.Output.Files, f => f.HintName.EndsWith("Evil.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void No_directive_exists_but_the_header_ones()
    {
        foreach (var (hintName, tree) in Trees())
        {
            var directives = tree.GetRoot().DescendantTrivia(descendIntoTrivia: true)
                .Where(t => t.IsDirective)
                .Select(t => t.ToString().Trim())
                .ToList();

            // The pragma only when something of the client is [Obsolete] (FileHeader).
            Assert.True(
                directives.SequenceEqual(["#nullable enable", Undocumented])
                    || directives.SequenceEqual(["#nullable enable", "#pragma warning disable CS0618 // Deprecated parts of the API are still part of it.", Undocumented]),
                $"{hintName} has directives: {string.Join(" | ", directives)}");
        }
    }

    [Fact]
    public void Planted_text_is_only_ever_inside_comments_and_string_literals()
    {
        var found = 0;
        foreach (var (hintName, tree) in Trees())
        {
            var root = tree.GetRoot();
            var text = tree.GetText().ToString();
            foreach (var marker in Markers)
            {
                for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.Ordinal))
                {
                    found++;
                    var trivia = root.FindTrivia(at, findInsideTrivia: false);
                    var inComment = trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.SingleLineCommentTrivia);
                    var token = root.FindToken(at, findInsideTrivia: false);
                    var inLiteral = token.IsKind(SyntaxKind.StringLiteralToken) && token.Span.Contains(at);
                    Assert.True(inComment || inLiteral, $"{hintName}: '{marker}' at {at} is in {token.Kind()} / {trivia.Kind()}");
                }
            }
        }

        // The spec does plant them: a test that finds nothing proves nothing.
        Assert.True(found > 20, $"only {found} planted texts found");
    }

    [Fact]
    public void No_invisible_or_line_breaking_character_reaches_the_output_raw()
    {
        // The spec does plant them (as YAML escapes): bidi controls, line and paragraph separators, NEL, a tag character.
        var spec = File.ReadAllText(Path.Combine(TestPaths.TestSpecs, "schemas", "untrusted.yaml"));
        Assert.All(new[] { @"\u202E", @"\u2066", @"\u2028", @"\u2029", @"\x85", @"\U000E0041" }, escape => Assert.Contains(escape, spec, StringComparison.Ordinal));

        foreach (var (hintName, text) in Files())
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var category = char.GetUnicodeCategory(c);
                var allowed = c == '\n' || char.IsSurrogate(c)
                    || category is not (UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse);
                Assert.True(allowed, $"{hintName} has U+{(int)c:X4} at {i}");
            }

            Assert.DoesNotContain("\uDB40\uDC41", text, StringComparison.Ordinal); // tag character U+E0041, invisible
        }
    }

    [Fact]
    public void Every_documentation_comment_is_well_formed_xml()
    {
        var comments = 0;
        foreach (var (hintName, tree) in Trees())
        {
            foreach (var doc in tree.GetRoot().DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)))
            {
                comments++;
                var xml = string.Join("\n", doc.ToFullString().Split('\n').Select(l => l.Trim()).Select(l => l.StartsWith("///", StringComparison.Ordinal) ? l[3..] : l));
                var parsed = XDocument.Parse("<doc>" + xml + "</doc>");
                Assert.All(parsed.Root!.Elements(), e => Assert.Contains(e.Name.LocalName, new[] { "summary", "remarks", "param", "returns", "exception", "inheritdoc" }));

                // Inside them only the tags Markdown is rendered to, and links only to web addresses.
                Assert.All(parsed.Root.Elements().Descendants(), e => Assert.Contains(e.Name.LocalName, new[] { "para", "c", "code", "list", "item", "term", "description", "see", "b", "i", "br" }));
                Assert.All(parsed.Root.Descendants("see").Attributes("href"), href => Assert.Matches("^https?://", href.Value));
                Assert.True(doc.GetStructure() is DocumentationCommentTriviaSyntax, hintName);
            }
        }

        Assert.True(comments > 20);
    }

    [Fact]
    public void Hostile_json_names_and_values_survive_read_then_write_exactly()
    {
        const string json = """
            {
              "re\"quired*/": "r",
              "#error": "e",
              "name\n#error injected\n": "n",
              "#pragma warning restore": "p",
              "\")] [assembly: Evil(\"": "a",
              "back\\slash\n\"quote": "b",
              "bidi\u202E\u2066\u2067\u2068\u2069name": "bidi",
              "line\u2028sep\u2029\u0085": "l",
              "constant": "*/ #error \" \\ \n",
              "kind": { "t\"y*/pe\u202E": "*/ #error \" \\ \n \u202E", "leaf*/": "x" },
              "either": 5
            }
            """;

        var evil = Lazy.Value.RoundTrip("Evil", json);

        Assert.Equal("Leaf", GeneratedModels.Get(evil, "Kind")!.GetType().Name);
        var constant = GeneratedModels.Get(evil, "Constant")!;
        Assert.True((bool)GeneratedModels.Get(constant, "IsKnown")!);
    }

    [Fact]
    public void Generator_diagnostics_quote_spec_text_on_one_line_with_invisible_characters_escaped()
    {
        var output = GeneratorRunner.RunOnText("""
            openapi: 3.0.3
            info: { title: t, version: "1" }
            paths: {}
            components:
              schemas:
                A:
                  type: object
                  properties:
                    "x\n#error y\u202E": { $ref: "#/components/schemas/Missing\nerror CS0001: forged\u202E" }
            """);

        Assert.NotEmpty(output.Diagnostics);
        Assert.All(output.Diagnostics, d =>
        {
            Assert.DoesNotContain('\n', d);
            Assert.DoesNotContain('\u202E', d);
        });
    }
}
