using System;
using System.Collections.Generic;
using System.Linq;

namespace Codegen.Generator.Parsing;

/// <summary>
/// Path arithmetic for $ref targets, done on strings with '/' separators so it behaves the same
/// inside the compiler (no file system access) and on every OS.
/// </summary>
internal static class SpecPath
{
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var rooted = unified.StartsWith("/", StringComparison.Ordinal);
        var segments = new List<string>();
        foreach (var segment in unified.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        var joined = string.Join("/", segments);
        return rooted ? "/" + joined : joined;
    }

    public static string DirectoryOf(string path)
    {
        var normalized = Normalize(path);
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash);
    }

    public static string FileName(string path)
    {
        var normalized = Normalize(path);
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? normalized : normalized.Substring(slash + 1);
    }

    /// <summary>Resolves <paramref name="relative"/> against the folder of <paramref name="referringFile"/>.</summary>
    public static string Resolve(string referringFile, string relative)
    {
        var unified = relative.Replace('\\', '/');
        if (unified.StartsWith("/", StringComparison.Ordinal) || HasDriveLetter(unified))
        {
            return Normalize(unified);
        }

        var folder = DirectoryOf(referringFile);
        return Normalize(folder.Length == 0 ? unified : folder + "/" + unified);
    }

    public static bool IsUnder(string path, string folder)
    {
        var normalizedFolder = Normalize(folder);
        var normalizedPath = Normalize(path);
        if (normalizedFolder.Length == 0)
        {
            return !normalizedPath.StartsWith("..", StringComparison.Ordinal) && !normalizedPath.StartsWith("/", StringComparison.Ordinal);
        }

        return normalizedPath.StartsWith(normalizedFolder + "/", StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="folder"/>, with "../" steps when it lies outside,
    /// so ids built from it are the same on every machine wherever the files sit.
    /// </summary>
    public static string RelativeTo(string folder, string path)
    {
        var folderSegments = Segments(folder);
        var pathSegments = Segments(path);
        var common = 0;
        while (common < folderSegments.Length && common < pathSegments.Length - 1 && folderSegments[common] == pathSegments[common])
        {
            common++;
        }

        var steps = new List<string>();
        for (var i = common; i < folderSegments.Length; i++)
        {
            steps.Add("..");
        }

        for (var i = common; i < pathSegments.Length; i++)
        {
            steps.Add(pathSegments[i]);
        }

        return string.Join("/", steps);
    }

    /// <summary>True for references with a URI scheme (http:, https:, file:) or a network path (//host).</summary>
    public static bool IsRemote(string reference)
    {
        if (reference.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = reference.IndexOf(':');
        if (colon <= 1)
        {
            return false;
        }

        for (var i = 0; i < colon; i++)
        {
            var c = reference[i];
            if (!(char.IsLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Segments(string path) => Normalize(path).Split('/').Where(s => s.Length > 0).ToArray();

    private static bool HasDriveLetter(string path)
        => path.Length >= 2 && path[1] == ':' && char.IsLetter(path[0]);
}
