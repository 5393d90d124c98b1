using YamlDotNet.RepresentationModel;

namespace PartnerCenter.Customers.Tests.DocumentedSamples;

/// <summary>
/// The customers spec (<c>spec/partner-center-customers.yaml</c>, copied beside the tests) as a YAML tree, with
/// what the sample tests take from it: the examples that name an <c>x-sample-file</c>, the transcripts that
/// operations name, and the component schemas.
/// </summary>
internal sealed class SpecDocument
{
    private static readonly Lazy<SpecDocument> Loaded = new(() => Load(Path.Combine(AppContext.BaseDirectory, "spec", "partner-center-customers.yaml")));

    private readonly YamlMappingNode _root;

    private SpecDocument(YamlMappingNode root)
    {
        _root = root;
        var annotations = new List<SampleAnnotation>();
        var transcripts = new List<string>();
        Collect(root, [], annotations, transcripts);
        Annotations = annotations;
        Transcripts = transcripts;
    }

    /// <summary>The customers spec, read once.</summary>
    public static SpecDocument Customers => Loaded.Value;

    /// <summary>Every example that names a sample file, in the order of the spec.</summary>
    public IReadOnlyList<SampleAnnotation> Annotations { get; }

    /// <summary>Every file an <c>x-sample-transcript</c> names, relative to the spec's folder.</summary>
    public IReadOnlyList<string> Transcripts { get; }

    public static SpecDocument Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return new SpecDocument((YamlMappingNode)stream.Documents.Single().RootNode);
    }

    /// <summary>The node at a path of mapping keys from the root; null when there is none.</summary>
    public YamlNode? At(IEnumerable<string> path)
    {
        YamlNode? node = _root;
        foreach (var key in path)
        {
            node = node is YamlMappingNode mapping ? Child(mapping, key) : null;
        }

        return node;
    }

    /// <summary>The schema a JSON reference such as <c>#/components/schemas/Customer</c> points to.</summary>
    public (string Name, YamlMappingNode Schema) Resolve(string reference)
    {
        const string Prefix = "#/components/schemas/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only references to component schemas are followed, not '{reference}'.");
        }

        var name = reference[Prefix.Length..];
        var schema = At(["components", "schemas", name]) as YamlMappingNode
            ?? throw new InvalidOperationException($"The spec has no schema '{name}' for the reference '{reference}'.");
        return (name, schema);
    }

    public static YamlNode? Child(YamlMappingNode mapping, string key)
    {
        foreach (var (name, value) in mapping.Children)
        {
            if (name is YamlScalarNode scalar && scalar.Value == key)
            {
                return value;
            }
        }

        return null;
    }

    public static string? Scalar(YamlMappingNode mapping, string key) => (Child(mapping, key) as YamlScalarNode)?.Value;

    /// <summary>
    /// A YAML value as the JSON value it stands for (YAML 1.2 core schema): quoted scalars are strings, plain ones
    /// null, booleans, numbers or strings.
    /// </summary>
    public static System.Text.Json.Nodes.JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new System.Text.Json.Nodes.JsonObject(mapping.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value!, ToJson(pair.Value)))),
        YamlSequenceNode sequence => new System.Text.Json.Nodes.JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" } => null,
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" } => true,
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "false" } => false,
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: var text } when long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) => number,
        YamlScalarNode scalar => scalar.Value,
        _ => throw new NotSupportedException($"A YAML node at line {node.Start.Line} is not JSON."),
    };

    private static void Collect(YamlNode node, List<string> path, List<SampleAnnotation> annotations, List<string> transcripts)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = ((YamlScalarNode)key).Value!;
                    if (name == "x-sample-file")
                    {
                        annotations.Add(new SampleAnnotation(((YamlScalarNode)value).Value!, [.. path], (int)key.Start.Line));
                    }
                    else if (name == "x-sample-transcript")
                    {
                        transcripts.AddRange(((YamlSequenceNode)value).Children.Select(item => ((YamlScalarNode)item).Value!));
                    }

                    path.Add(name);
                    Collect(value, path, annotations, transcripts);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    path.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Collect(sequence.Children[i], path, annotations, transcripts);
                    path.RemoveAt(path.Count - 1);
                }

                break;
        }
    }
}

/// <summary>
/// An example of the spec that names a sample file: <c>x-sample-file: samples/…</c> at <paramref name="ExamplePath"/>
/// (the mapping keys from the root to the example), on line <paramref name="Line"/> of the spec (1-based).
/// </summary>
internal sealed record SampleAnnotation(string File, IReadOnlyList<string> ExamplePath, int Line)
{
    /// <summary>The sample's file name inside <c>spec/samples</c>.</summary>
    public string FileName => Path.GetFileName(File);

    /// <summary>The example's place as a JSON pointer, for messages.</summary>
    public string Pointer => "#/" + string.Join('/', ExamplePath.Select(key => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)));
}
