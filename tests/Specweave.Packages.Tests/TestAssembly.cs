using System.Reflection;

namespace Specweave.Packages.Tests;

/// <summary>What the test project's build recorded about the repository it tests.</summary>
internal static class TestAssembly
{
    public static string Configuration => Metadata("Configuration");

    public static string RepoRoot => Metadata("RepoRoot");

    private static string Metadata(string key) => typeof(TestAssembly).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;
}
