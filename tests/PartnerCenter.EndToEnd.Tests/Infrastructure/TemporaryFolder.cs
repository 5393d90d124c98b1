namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>A folder of its own for a test's files (input files of the command-line tool), deleted afterwards.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Path = Directory.CreateTempSubdirectory("pc-e2e-").FullName;

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> to a file named <paramref name="name"/> in the folder and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A path in the folder where no file is.</summary>
    public string Missing(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Temporary files: the OS cleans them up if a process still held one.
        }
    }
}
