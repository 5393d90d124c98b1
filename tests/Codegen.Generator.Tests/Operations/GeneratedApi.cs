using System.Net;
using System.Reflection;
using Codegen.Generator.Tests.Infrastructure;
using Refit;

namespace Codegen.Generator.Tests.Operations;

/// <summary>What a generated Refit method put on the wire.</summary>
public sealed record WireRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string Body);

/// <summary>
/// A generated client compiled (with Refit's and System.Text.Json's generators) and loaded, so tests can
/// call its methods and see the HTTP request Refit builds from the generated attributes. No server is
/// involved: a handler records the request and answers with the response the test gives.
/// </summary>
public sealed class GeneratedApi
{
    private readonly Assembly _assembly;

    private GeneratedApi(Assembly assembly, IReadOnlyList<(string HintName, string Text)> files, IReadOnlyList<string> diagnostics)
    {
        _assembly = assembly;
        Files = files;
        Diagnostics = diagnostics;

        // Refit's generated module initializer registers the client factories; an assembly loaded from
        // bytes runs it only when asked.
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
    }

    public IReadOnlyList<(string HintName, string Text)> Files { get; }

    /// <summary>The generator's diagnostics for the spec (none when loaded from files).</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>Generates from a spec under Specs/operations, asserts the generator's diagnostics (none unless given), compiles with zero warnings and loads it.</summary>
    public static GeneratedApi FromSpec(string fileName, bool interfacePerTag = false, string[]? expectedDiagnostics = null)
    {
        var output = GeneratorRunner.RunOnFile(Path.Combine(TestPaths.TestSpecs, "operations", fileName), "Ops.Client", interfacePerTag: interfacePerTag);
        Assert.Equal(expectedDiagnostics ?? [], output.Diagnostics);
        return Load(output.Files, output.Diagnostics);
    }

    public static GeneratedApi Load(IReadOnlyList<(string HintName, string Text)> files) => Load(files, []);

    private static GeneratedApi Load(IReadOnlyList<(string HintName, string Text)> files, IReadOnlyList<string> diagnostics)
    {
        var compiled = GeneratedCodeCompiler.Compile(files, load: true);
        Assert.Empty(compiled.Diagnostics);
        return new GeneratedApi(compiled.Assembly!, files, diagnostics);
    }

    /// <summary>A listed value of a generated enum, by its member name.</summary>
    public object EnumValue(string enumName, string member) => Interface(enumName).GetProperty(member)!.GetValue(null)!;

    /// <summary>An array of a generated enum's values, typed as the enum so Refit sees the element type.</summary>
    public Array EnumArray(string enumName, params string[] members)
    {
        var array = Array.CreateInstance(Interface(enumName), members.Length);
        for (var i = 0; i < members.Length; i++)
        {
            array.SetValue(EnumValue(enumName, members[i]), i);
        }

        return array;
    }

    /// <summary>The generated text of the file whose hint name ends with <paramref name="suffix"/>.</summary>
    public string Text(string suffix) => Files.Single(f => f.HintName.EndsWith(suffix, StringComparison.Ordinal)).Text;

    public Type Interface(string name) => _assembly.GetTypes().Single(t => t.Name == name);

    public MethodInfo Method(string interfaceName, string methodName)
        => Interface(interfaceName).GetMethod(methodName)
            ?? Interface(interfaceName).GetInterfaces().Select(i => i.GetMethod(methodName)).FirstOrDefault(m => m is not null) // inherited: a parent tag's interface
            ?? throw new InvalidOperationException($"{interfaceName}.{methodName} was not generated");

    /// <summary>Calls a method with the named arguments (others take their defaults) and returns the request sent and the method's result.</summary>
    public async Task<(WireRequest Request, object? Result)> CallAsync(
        string interfaceName, string methodName, IReadOnlyDictionary<string, object?>? arguments = null, Func<HttpResponseMessage>? respond = null)
    {
        var handler = new RecordingHandler(respond ?? (() => new HttpResponseMessage(HttpStatusCode.NoContent)));
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://api.test/") };
        var type = Interface(interfaceName);
        var client = CreateClient(type, http);
        var method = Method(interfaceName, methodName);
        var values = method.GetParameters()
            .Select(p => arguments is not null && arguments.TryGetValue(p.Name!, out var value) ? value : p.HasDefaultValue ? p.DefaultValue : throw new ArgumentException("No value for required parameter " + p.Name))
            .ToArray();
        var task = (Task)method.Invoke(client, values)!;
        await task;
        var result = task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
        return (handler.Request ?? throw new InvalidOperationException("No request was sent"), result);
    }

    /// <summary>
    /// The trim-safe way a real consumer creates the client: Refit's generated implementation, with the
    /// generated JSON context as the only source of serialization metadata, so a type the context misses fails here.
    /// </summary>
    private object CreateClient(Type interfaceType, HttpClient http)
    {
        var context = _assembly.GetTypes().Single(t => t.IsSubclassOf(typeof(System.Text.Json.Serialization.JsonSerializerContext)));
        var defaultContext = context.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var forGenerated = typeof(RestService).GetMethods()
            .Single(m => m.Name == nameof(RestService.ForGenerated) && m.IsGenericMethod
                && m.GetParameters().Select(p => p.ParameterType).SequenceEqual([typeof(HttpClient), typeof(System.Text.Json.Serialization.JsonSerializerContext)]));
        return forGenerated.MakeGenericMethod(interfaceType).Invoke(null, [http, defaultContext])!;
    }

    private sealed class RecordingHandler(Func<HttpResponseMessage> respond) : HttpMessageHandler
    {
        public WireRequest? Request { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var headers = request.Headers
                .Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            Request = new WireRequest(request.Method.Method, request.RequestUri!, headers, request.Content?.Headers.ContentType?.MediaType, body);
            var response = respond();
            response.RequestMessage = request;
            return response;
        }
    }
}
