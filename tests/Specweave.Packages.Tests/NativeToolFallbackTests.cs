using Xunit;

namespace Specweave.Packages.Tests;

/// <summary>
/// NuGet gives the build package's native generator execute permission for its owner only; a package folder restored by
/// another user (a shared cache, a container layer) leaves it not executable for the one who builds. The build then
/// runs the portable build instead, and says so.
/// </summary>
public sealed class NativeToolFallbackTests
{
    [Fact]
    public void A_native_generator_that_cannot_be_started_gives_way_to_the_portable_build()
    {
        if (!OperatingSystem.IsLinux() || !PackedFeed.RunsNativeHere)
        {
            return; // The package carries a native executable for linux-x64 only; elsewhere the portable build runs anyway.
        }

        var lib = new LibProject("NotExecutable");
        // A packages folder of its own: the executable's mode changes there, not where the other consumers restore.
        var packages = Path.Combine(lib.Folder, "packages");
        var props = Path.Combine(lib.Folder, "Directory.Build.props");
        File.WriteAllText(props, File.ReadAllText(props).Replace(PackedFeed.Shared.Packages, packages, StringComparison.Ordinal));
        DotnetProcess.Run("restore", lib.Folder);
        var native = Path.Combine(packages, "specweave.build", PackedFeed.Version, "tools", PackedFeed.NativeRid, "Codegen.Cli");
        // Readable, executable by no one (not even root: execve needs an execute bit).
        File.SetUnixFileMode(native, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var output = lib.Build("--no-restore");

        Assert.Contains("could not be started (exit code 126); running the portable build instead", output, StringComparison.Ordinal);
        Assert.Contains("/tools/any/Codegen.Cli.dll\" generate ", output, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(lib.Folder, "api.yaml"), lib.StoreSpec], LibProject.Generated(output).Order(StringComparer.Ordinal));
        Assert.All(lib.GeneratedFolders(), folder => Assert.NotEmpty(Directory.GetFiles(folder, "*.g.cs")));
    }
}
