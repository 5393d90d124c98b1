using System.Reflection;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Paging;

/// <summary>
/// A client generated from a spec under Specs/paging, compiled with Refit's and System.Text.Json's generators
/// together with a driver: C# written against the generated API as a caller would (await foreach, AsPages,
/// continuation tokens), so the tests exercise the API's real shape. Tests call the driver's static methods.
/// </summary>
public sealed class CompiledPagingClient
{
    private readonly Type _driver;

    private CompiledPagingClient(Type driver, IReadOnlyList<(string HintName, string Text)> files)
    {
        _driver = driver;
        Files = files;
    }

    public IReadOnlyList<(string HintName, string Text)> Files { get; }

    /// <summary>Generates (no diagnostics expected), compiles with zero warnings and loads; the driver is the static class "Driver".</summary>
    public static CompiledPagingClient Load(string specFile, string @namespace, string driverSource)
        => LoadFile(Path.Combine(TestPaths.TestSpecs, "paging", specFile), @namespace, "Store", driverSource);

    /// <summary>As <see cref="Load"/>, for any spec on disk.</summary>
    public static CompiledPagingClient LoadFile(string specPath, string @namespace, string clientName, string driverSource)
    {
        var output = GeneratorRunner.RunOnFile(specPath, @namespace, clientName);
        Assert.Empty(output.Diagnostics);
        var compiled = GeneratedCodeCompiler.Compile(output.Files, load: true, extraSources: [driverSource]);
        Assert.Empty(compiled.Diagnostics);

        // Refit's generated module initializer registers the client factories; an assembly loaded from bytes runs it only when asked.
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(compiled.Assembly!.ManifestModule.ModuleHandle);
        return new CompiledPagingClient(compiled.Assembly.GetTypes().Single(t => t.Name == "Driver"), output.Files);
    }

    /// <summary>The generated file whose hint name ends with <paramref name="suffix"/>.</summary>
    public string Text(string suffix) => Files.Single(f => f.HintName.EndsWith(suffix, StringComparison.Ordinal)).Text;

    /// <summary>Calls a driver method and awaits its task; an exception it throws is rethrown as it is.</summary>
    public async Task<T> CallAsync<T>(string method, params object?[] arguments)
    {
        var info = _driver.GetMethod(method, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException("No driver method " + method);
        Task task;
        try
        {
            task = (Task)info.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }

        await task;
        return (T)task.GetType().GetProperty("Result")!.GetValue(task)!;
    }
}
