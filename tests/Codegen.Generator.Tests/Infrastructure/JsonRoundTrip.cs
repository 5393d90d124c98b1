using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Codegen.Generator.Tests.Infrastructure;

/// <summary>
/// Models generated from a test spec, compiled (Refit's and System.Text.Json's generators running, zero
/// warnings required) and loaded, so tests read and write JSON through the generated JsonSerializerContext
/// exactly as a client does. Extra C# can be compiled alongside to use the generated types directly.
/// </summary>
public sealed class GeneratedModels
{
    private readonly JsonSerializerContext _context;

    private GeneratedModels(Assembly assembly, GeneratorOutput output)
    {
        Assembly = assembly;
        Output = output;
        var contextType = assembly.GetTypes().Single(t => t.IsSubclassOf(typeof(JsonSerializerContext)));
        _context = (JsonSerializerContext)contextType.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }

    public const string Namespace = "Schemas.Client";

    public Assembly Assembly { get; }

    public GeneratorOutput Output { get; }

    /// <summary>Generator diagnostics, formatted as MSBuild prints them.</summary>
    public IReadOnlyList<string> Diagnostics => Output.Diagnostics;

    /// <summary>Generates from Specs/schemas/<paramref name="fileName"/>, compiles with <paramref name="extraSources"/> and asserts zero compiler warnings and errors.</summary>
    public static GeneratedModels FromSpec(string fileName, params string[] extraSources)
        => Load(GeneratorRunner.RunOnFile(Path.Combine(TestPaths.TestSpecs, "schemas", fileName), Namespace), extraSources);

    public static GeneratedModels FromText(string yaml, params string[] extraSources)
        => Load(GeneratorRunner.RunOnText(yaml, @namespace: Namespace), extraSources);

    private static GeneratedModels Load(GeneratorOutput output, string[] extraSources)
    {
        var compiled = GeneratedCodeCompiler.Compile(output.Files, load: true, extraSources);
        Assert.True(compiled.Diagnostics.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", compiled.Diagnostics));
        return new GeneratedModels(compiled.Assembly!, output);
    }

    /// <summary>The generated text of <c>{Namespace}.{typeName}.g.cs</c>.</summary>
    public string Text(string typeName) => Output.Files.Single(f => f.HintName == Namespace + "." + typeName + ".g.cs").Text;

    public bool HasFile(string typeName) => Output.Files.Any(f => f.HintName == Namespace + "." + typeName + ".g.cs");

    public Type Type(string name) => Assembly.GetType(Namespace + "." + name) ?? throw new InvalidOperationException($"No generated type {name}");

    public JsonTypeInfo TypeInfo(string typeName) => _context.GetTypeInfo(Type(typeName)) ?? throw new InvalidOperationException($"{typeName} is not in the JSON context");

    public object? Read(string typeName, string json) => JsonSerializer.Deserialize(json, TypeInfo(typeName));

    public string Write(string typeName, object? value) => JsonSerializer.Serialize(value, TypeInfo(typeName));

    /// <summary>Reads <paramref name="json"/> as <paramref name="typeName"/>, writes it back, and asserts the JSON is semantically the same.</summary>
    public object RoundTrip(string typeName, string json)
    {
        var value = Read(typeName, json) ?? throw new InvalidOperationException("Read null");
        JsonAssert.SemanticallyEqual(json, Write(typeName, value));
        return value;
    }

    /// <summary>Calls a public static method of a class compiled from the extra sources.</summary>
    public object? Call(string typeName, string method, params object?[] arguments)
        => (Assembly.GetType(typeName) ?? throw new InvalidOperationException($"No type {typeName}"))
            .GetMethod(method, BindingFlags.Public | BindingFlags.Static)!
            .Invoke(null, arguments);

    /// <summary>A public property's value, by name.</summary>
    public static object? Get(object instance, string property)
        => instance.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.GetValue(instance);
}

/// <summary>JSON comparisons that ignore order of properties and whitespace.</summary>
public static class JsonAssert
{
    public static void SemanticallyEqual(string expected, string actual)
        => Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)),
            $"JSON differs.\nExpected: {JsonNode.Parse(expected)!.ToJsonString()}\nActual:   {JsonNode.Parse(actual)!.ToJsonString()}");
}
