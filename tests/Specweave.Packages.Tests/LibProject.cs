using Xunit;

namespace Specweave.Packages.Tests;

/// <summary>A class library outside the repository generating two clients (api.yaml and store/api.yaml), built with dotnet build.</summary>
internal sealed class LibProject
{
    public LibProject(string name) => Folder = PackedFeed.Shared.CreateConsumer(name, "Lib.csproj.template");

    public string Folder { get; }

    public string Project => Path.Combine(Folder, Path.GetFileName(Folder) + ".csproj");

    public string StoreSpec => Path.Combine(Folder, "store", "api.yaml");

    /// <summary>The folder of generated files of each description (name-hash), in the default intermediate folder.</summary>
    public string[] GeneratedFolders()
    {
        var root = Path.Combine(Folder, "obj", "Debug", "net10.0", "specweave");
        return Directory.Exists(root) ? Directory.GetDirectories(root).Order(StringComparer.Ordinal).ToArray() : [];
    }

    /// <summary>Builds at normal verbosity (the generator's messages show) and returns the output; fails the test on a failed build.</summary>
    public string Build(string arguments = "")
    {
        var (exitCode, output) = Try(arguments);
        Assert.True(exitCode == 0, $"dotnet build {arguments} exited {exitCode}:\n{output}");
        return output;
    }

    public (int ExitCode, string Output) Try(string arguments = "")
        => DotnetProcess.Try($"build -v:n -nodeReuse:false {arguments}", Folder);

    /// <summary>The "Specweave: generating ... from FILE" lines of a build's output: which descriptions were generated.</summary>
    public static string[] Generated(string output) => output.Split('\n')
        .Where(l => l.Contains("Specweave: generating", StringComparison.Ordinal))
        .Select(l => l[(l.IndexOf(" from ", StringComparison.Ordinal) + 6)..].Trim())
        .Distinct(StringComparer.Ordinal)
        .ToArray();
}
