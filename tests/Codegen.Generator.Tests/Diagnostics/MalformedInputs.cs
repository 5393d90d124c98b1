using System.Text;
using YamlDotNet.RepresentationModel;

namespace Codegen.Generator.Tests.Diagnostics;

/// <summary>Broken descriptions, generated deterministically from valid ones and written by hand.</summary>
public static class MalformedInputs
{
    /// <summary>Values that are the wrong kind of node almost everywhere in a description.</summary>
    private static readonly string[] WrongValues = ["5", "[]", "{}", "\"x\"", "null", "[{}, 5]", "{$ref: '#'}"];

    /// <summary>
    /// The document with one node replaced by each wrong value, for every node of the tree (keys stay):
    /// "paths: 5", "components: []", "schema: x", "parameters: {}" and every other place alike.
    /// </summary>
    public static IEnumerable<(string Name, string Text)> WrongNodeTypes(string name, string yaml)
    {
        var count = Paths(Load(yaml).RootNode).Count;
        for (var target = 0; target < count; target++)
        {
            foreach (var value in WrongValues)
            {
                var document = Load(yaml);
                var (parent, key, index) = Paths(document.RootNode)[target];
                var replacement = Load("v: " + value).RootNode is YamlMappingNode m ? m.Children[new YamlScalarNode("v")] : throw new InvalidOperationException();
                if (parent is YamlMappingNode mapping)
                {
                    mapping.Children[key!] = replacement;
                }
                else
                {
                    ((YamlSequenceNode)parent).Children[index] = replacement;
                }

                yield return ($"{name} node {target} := {value}", Save(document));
            }
        }
    }

    /// <summary>The document cut short at evenly spaced points: mid-key, mid-string, mid-flow-collection.</summary>
    public static IEnumerable<(string Name, string Text)> Truncations(string name, string text, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var length = text.Length * i / (count + 1);
            yield return ($"{name} cut at {length}", text[..length]);
        }
    }

    public static IEnumerable<(string Name, string Text)> HandWritten()
    {
        const string Info = "info: { title: T, version: '1' }\n";
        yield return ("empty file", string.Empty);
        yield return ("whitespace", "   \n\t\n");
        yield return ("only a document marker", "---\n");
        yield return ("a scalar document", "hello");
        yield return ("a sequence document", "- a\n- b\n");
        yield return ("binary garbage", Garbage(4096, seed: 1));
        yield return ("garbage after a valid start", "openapi: 3.0.3\n" + Garbage(512, seed: 2));
        yield return ("tab indentation", "openapi: 3.0.3\ninfo:\n\ttitle: T\n");
        yield return ("duplicate keys", "openapi: 3.0.3\nopenapi: 3.1.0\n" + Info + "paths: {}\n");
        yield return ("unknown version", "openapi: 4.0.0\n" + Info + "paths: {}\n");
        yield return ("swagger 1.2", "swagger: '1.2'\n" + Info);
        yield return ("version as a mapping", "openapi: { a: 1 }\n" + Info);
        yield return ("paths: 5", "openapi: 3.0.3\n" + Info + "paths: 5\n");
        yield return ("components: []", "openapi: 3.0.3\n" + Info + "paths: {}\ncomponents: []\n");
        yield return ("schema: x", "openapi: 3.0.3\n" + Info + "paths:\n  /a:\n    get:\n      parameters:\n        - { name: q, in: query, schema: x }\n      responses: { '200': { description: ok } }\n");
        yield return ("parameters: {}", "openapi: 3.0.3\n" + Info + "paths:\n  /a:\n    get:\n      parameters: {}\n      responses: { '200': { description: ok } }\n");
        yield return ("self reference $ref: '#'", "openapi: 3.0.3\n" + Info + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content: { application/json: { schema: { $ref: '#' } } }\n");
        yield return ("$ref cycle through refs only", "openapi: 3.0.3\n" + Info + "paths: {}\ncomponents:\n  schemas:\n    A: { $ref: '#/components/schemas/B' }\n    B: { $ref: '#/components/schemas/A' }\n");
        yield return ("$ref to a missing pointer", "openapi: 3.0.3\n" + Info + "paths:\n  /a: { $ref: '#/nowhere/at/all' }\n");
        yield return ("$ref not a string", "openapi: 3.0.3\n" + Info + "paths:\n  /a: { $ref: [1, 2] }\n");
        yield return ("$ref with a bad fragment", "openapi: 3.0.3\n" + Info + "paths:\n  /a: { $ref: '#no-slash' }\n");
        yield return ("$ref to a missing file", "openapi: 3.0.3\n" + Info + "paths:\n  /a: { $ref: 'missing.yaml#/x' }\n");
        yield return ("$ref to a remote file", "openapi: 3.0.3\n" + Info + "paths:\n  /a: { $ref: 'http://example.com/a.yaml' }\n");
        yield return ("$ref out of the folder", "openapi: 3.0.3\n" + Info + "paths:\n  /a: { $ref: '../../etc/passwd' }\n");
        yield return ("parameter without in", "openapi: 3.0.3\n" + Info + "paths:\n  /a:\n    get:\n      parameters: [ { name: q } ]\n      responses: { '200': { description: ok } }\n");
        yield return ("response code as a list", "openapi: 3.0.3\n" + Info + "paths:\n  /a:\n    get:\n      responses: { [200]: { description: ok } }\n");
        yield return ("YAML alias inside its own anchor", "openapi: 3.0.3\n" + Info + "paths: {}\ncomponents:\n  schemas:\n    A: &a\n      type: object\n      properties:\n        self: *a\n");
        yield return ("YAML alias expansion bomb", "openapi: 3.0.3\n" + Info + AliasBomb() + "paths: {}\n");
        yield return ("undefined YAML alias", "openapi: 3.0.3\n" + Info + "paths: *nothing\n");
        yield return ("deep flow nesting", "openapi: 3.0.3\n" + Info + "x-deep: " + new string('[', 100_000) + new string(']', 100_000) + "\npaths: {}\n");
        yield return ("deep block nesting", "openapi: 3.0.3\n" + Info + "paths: {}\nx-deep:\n" + string.Concat(Enumerable.Range(1, 5_000).Select(i => new string(' ', i) + "a:\n")));
        yield return ("deeply nested schemas", "openapi: 3.0.3\n" + Info + "paths: {}\ncomponents:\n  schemas:\n    Deep: " + string.Concat(Enumerable.Repeat("{ type: object, properties: { p: ", 150)) + "{ type: string }" + new string('}', 300) + "\n");
        yield return ("swagger body without schema", "swagger: '2.0'\n" + Info + "paths:\n  /a:\n    post:\n      parameters: [ { name: b, in: body } ]\n      responses: { '200': { description: ok } }\n");
        yield return ("swagger consumes not a list", "swagger: '2.0'\n" + Info + "consumes: application/json\npaths: {}\n");
    }

    /// <summary>Constructs the generator does not support: a located warning, and output that still compiles.</summary>
    public static IEnumerable<(string Name, string Text)> Unsupported()
    {
        const string Info = "info: { title: T, version: '1' }\n";
        yield return ("swagger collectionFormat on a header", "swagger: '2.0'\n" + Info + "paths:\n  /a:\n    get:\n      parameters: [ { name: h, in: header, type: array, items: { type: string }, collectionFormat: multi } ]\n      responses: { '200': { description: ok } }\n");
        yield return ("swagger formData beside body", "swagger: '2.0'\n" + Info + "paths:\n  /a:\n    post:\n      parameters: [ { name: b, in: body, schema: { type: object } }, { name: f, in: formData, type: string } ]\n      responses: { '200': { description: ok } }\n");
        yield return ("callbacks", "openapi: 3.0.3\n" + Info + "paths:\n  /a:\n    post:\n      callbacks: { onEvent: {} }\n      responses: { '204': { description: ok } }\n");
        yield return ("TRACE method", "openapi: 3.0.3\n" + Info + "paths:\n  /a:\n    trace:\n      responses: { '204': { description: ok } }\n");
        yield return ("multipart without properties", "openapi: 3.0.3\n" + Info + "paths:\n  /a:\n    post:\n      requestBody: { content: { multipart/form-data: { schema: { type: object, additionalProperties: false } } } }\n      responses: { '204': { description: ok } }\n");
    }

    /// <summary>Odd but valid: nothing to report, and the output must still compile.</summary>
    public static IEnumerable<(string Name, string Text)> OddButValid()
    {
        const string Info = "info: { title: T, version: '1' }\n";
        yield return ("NUL characters", "openapi: 3.0.3\ninfo:\0 { title: T }\n");
        yield return ("$ref cycle through properties", "openapi: 3.0.3\n" + Info + "paths: {}\ncomponents:\n  schemas:\n    A: { type: object, properties: { toB: { $ref: '#/components/schemas/B' } } }\n    B: { type: object, properties: { toA: { $ref: '#/components/schemas/A' } }, allOf: [ { $ref: '#/components/schemas/A' } ] }\n");
        yield return ("allOf cycle", "openapi: 3.0.3\n" + Info + "paths: {}\ncomponents:\n  schemas:\n    A: { allOf: [ { $ref: '#/components/schemas/B' } ] }\n    B: { allOf: [ { $ref: '#/components/schemas/A' } ] }\n");
        yield return ("array of itself", "openapi: 3.0.3\n" + Info + "paths: {}\ncomponents:\n  schemas:\n    A: { type: array, items: { $ref: '#/components/schemas/A' } }\n");
    }

    /// <summary>Ten levels of ten aliases each: 10^10 nodes once expanded, 100 in the file.</summary>
    private static string AliasBomb()
    {
        var builder = new StringBuilder("x-bomb:\n  l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
        for (var level = 1; level <= 10; level++)
        {
            builder.Append("  l").Append(level).Append(": &l").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*l" + (level - 1), 10))).Append("]\n");
        }

        return builder.ToString();
    }

    private static string Garbage(int length, int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return Encoding.Latin1.GetString(bytes);
    }

    private static YamlDocument Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0];
    }

    private static string Save(YamlDocument document)
    {
        var stream = new YamlStream(document);
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>Every replaceable node in document order, as (parent, key for mappings, index for sequences).</summary>
    private static List<(YamlNode Parent, YamlNode? Key, int Index)> Paths(YamlNode root)
    {
        var result = new List<(YamlNode, YamlNode?, int)>();
        var stack = new Stack<YamlNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children.Reverse())
                    {
                        result.Add((mapping, key, -1));
                        stack.Push(value);
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = sequence.Children.Count - 1; i >= 0; i--)
                    {
                        result.Add((sequence, null, i));
                        stack.Push(sequence.Children[i]);
                    }

                    break;
            }
        }

        return result;
    }
}
