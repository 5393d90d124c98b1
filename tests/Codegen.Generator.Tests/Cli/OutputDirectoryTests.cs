using System.Text;
using Codegen.Cli;

namespace Codegen.Generator.Tests.Cli;

/// <summary>
/// The tool writes files as they are emitted, but a file that was there changes only once every file has been emitted:
/// a generator that fails in the middle, or a run that is canceled, leaves the folder as it was (what it changed was only
/// staged beside the file, and what it created is removed again).
/// </summary>
public sealed class OutputDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("output-directory-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Changed_files_are_written_unchanged_ones_left_and_stale_ones_removed()
    {
        File.WriteAllText(Path(".Same.g.cs"), "same");
        File.WriteAllText(Path(".Changed.g.cs"), "before");
        File.WriteAllText(Path(".Stale.g.cs"), "stale");
        File.WriteAllText(Path(".Killed.g.cs.staged"), "left by a killed run");
        var unchangedSince = File.GetLastWriteTimeUtc(Path(".Same.g.cs"));

        var (files, written) = OutputDirectory.Write(_folder.FullName, Emit(("A.Same.g.cs", "same"), ("A.Changed.g.cs", "after"), ("A.New.g.cs", "new")), CancellationToken.None);

        Assert.Equal((3, 2), (files, written));
        Assert.Equal(["A.Changed.g.cs", "A.New.g.cs", "A.Same.g.cs"], Names());
        Assert.Equal("after", File.ReadAllText(Path(".Changed.g.cs")));
        Assert.Equal("new", File.ReadAllText(Path(".New.g.cs")));
        Assert.Equal(unchangedSince, File.GetLastWriteTimeUtc(Path(".Same.g.cs")));
    }

    [Theory]
    [InlineData("relative")]
    [InlineData("trailing separator")]
    [InlineData("dot segments")]
    public void However_the_folder_is_written_its_files_are_told_from_stale_ones(string form)
    {
        // The files are known by full path, and the folder's files listed from it: a folder given another way must not
        // make a file just written look stale (and be deleted).
        File.WriteAllText(Path(".Stale.g.cs"), "stale");
        var folder = form switch
        {
            "relative" => System.IO.Path.GetRelativePath(Environment.CurrentDirectory, _folder.FullName),
            "trailing separator" => _folder.FullName + System.IO.Path.DirectorySeparatorChar,
            _ => System.IO.Path.Combine(_folder.FullName, "..", _folder.Name, "."),
        };

        var (files, written) = OutputDirectory.Write(folder, Emit(("A.One.g.cs", "one"), ("A.Two.g.cs", "two")), CancellationToken.None);

        Assert.Equal((2, 2), (files, written));
        Assert.Equal(["A.One.g.cs", "A.Two.g.cs"], Names());
    }

    [Fact]
    public void A_generator_that_fails_while_emitting_leaves_the_folder_as_it_was()
    {
        File.WriteAllText(Path(".Changed.g.cs"), "before");
        File.WriteAllText(Path(".Stale.g.cs"), "stale");
        void Failing(Action<string, ArraySegment<byte>> write)
        {
            Emit(("A.Changed.g.cs", "after"), ("A.New.g.cs", "new"))(write);
            throw new InvalidOperationException("a bug in an emitter");
        }

        Assert.Throws<InvalidOperationException>(() => OutputDirectory.Write(_folder.FullName, Failing, CancellationToken.None));

        Assert.Equal(["A.Changed.g.cs", "A.Stale.g.cs"], Names());
        Assert.Equal("before", File.ReadAllText(Path(".Changed.g.cs")));
    }

    [Fact]
    public void A_run_canceled_while_writing_leaves_the_folder_as_it_was()
    {
        File.WriteAllText(Path(".Changed.g.cs"), "before");
        using var cancellation = new CancellationTokenSource();
        void CancelingAfterOne(Action<string, ArraySegment<byte>> write)
        {
            Emit(("A.Changed.g.cs", "after"))(write);
            cancellation.Cancel();
            Emit(("A.New.g.cs", "new"))(write);
        }

        Assert.Throws<OperationCanceledException>(() => OutputDirectory.Write(_folder.FullName, CancelingAfterOne, cancellation.Token));

        Assert.Equal(["A.Changed.g.cs"], Names());
        Assert.Equal("before", File.ReadAllText(Path(".Changed.g.cs")));
    }

    /// <summary>Hands the files over as <see cref="CodegenPipeline.EmitEach"/> does: every one from the same buffer, which holds more than the file.</summary>
    private static Action<Action<string, ArraySegment<byte>>> Emit(params (string Name, string Text)[] files) => write =>
    {
        var buffer = Encoding.UTF8.GetBytes(new string('x', 64));
        foreach (var (name, text) in files)
        {
            var length = Encoding.UTF8.GetBytes(text, 0, text.Length, buffer, 0);
            write(name, new ArraySegment<byte>(buffer, 0, length));
        }
    };

    private string Path(string suffix) => System.IO.Path.Combine(_folder.FullName, "A" + suffix);

    private List<string> Names() => [.. _folder.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal)];
}
