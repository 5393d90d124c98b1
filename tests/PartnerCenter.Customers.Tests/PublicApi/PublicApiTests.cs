using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace PartnerCenter.Customers.Tests.PublicApi;

/// <summary>
/// The public API of the PartnerCenter.Customers package (hand-written types and the records and Refit
/// interface generated from the spec) as one reviewed text file, <c>PartnerCenter.Customers.api.txt</c> beside
/// this file. The text is generated from the built assembly by PublicApiGenerator, so it shows exactly what a
/// consumer compiles against, whatever produced the source.
/// On a difference the new text is written to <c>__mismatch__/PartnerCenter.Customers.api.txt</c> (ignored by
/// git) and the test fails; <c>scripts/accept-snapshots.sh</c> moves it over the approved file. The approved
/// file is never written by the test, in or out of strict mode.
/// </summary>
public sealed class PublicApiTests
{
    private const string FileName = "PartnerCenter.Customers.api.txt";

    [Fact]
    public void Public_api_matches_the_approved_file()
    {
        var options = new ApiGeneratorOptions
        {
            // Assembly attributes carry build details (informational version with a commit id), not API.
            IncludeAssemblyAttributes = false,
            // Tooling markers on generated types (GeneratedCode and DebuggerNonUserCode are left out by default): not API.
            ExcludeAttributes = ["System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverageAttribute"],
        };
        var actual = typeof(PartnerCenterCustomersClient).Assembly.GeneratePublicApi(options).ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

        var folder = Path.GetDirectoryName(SourcePath())!;
        var approvedPath = Path.Combine(folder, FileName);
        var mismatchFolder = Path.Combine(folder, "__mismatch__");
        var mismatchPath = Path.Combine(mismatchFolder, FileName);

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == actual)
        {
            if (File.Exists(mismatchPath))
            {
                File.Delete(mismatchPath);
            }
            return;
        }

        Directory.CreateDirectory(mismatchFolder);
        File.WriteAllText(mismatchPath, actual);

        Assert.Fail(approved is null
            ? $"No approved public API file at {approvedPath}. The generated API was written to {mismatchPath}; " +
              "review it, then accept it with scripts/accept-snapshots.sh."
            : $"The public API of PartnerCenter.Customers changed.\n" +
              $"  approved: {approvedPath}\n  new:      {mismatchPath}\n" +
              $"Lines only in the approved file (-) and only in the new one (+):\n{LineDiff(approved, actual)}\n" +
              "If the change is intended (a breaking one needs a new major version, see docs/api-review.md), " +
              "accept it with scripts/accept-snapshots.sh (or move the new file over the approved one) and commit it with the change.");
    }

    private static string LineDiff(string approved, string actual)
    {
        var before = approved.Split('\n');
        var after = actual.Split('\n');
        var removed = before.Except(after).Select(line => "- " + line.Trim());
        var added = after.Except(before).Select(line => "+ " + line.Trim());
        return string.Join("\n", removed.Concat(added).Take(40));
    }

    private static string SourcePath([CallerFilePath] string path = "") => path;
}
