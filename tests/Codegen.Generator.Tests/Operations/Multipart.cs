using System.Net.Http.Headers;

namespace Codegen.Generator.Tests.Operations;

/// <summary>One part of a multipart/form-data body as sent.</summary>
public sealed record MultipartSection(string Name, string? FileName, string? ContentType, string Body);

/// <summary>Splits a recorded multipart/form-data body into its parts, enough to check what Refit sent.</summary>
public static class Multipart
{
    public static IReadOnlyList<MultipartSection> Parse(WireRequest request)
    {
        var boundary = MediaTypeHeaderValue.Parse(request.Headers["Content-Type"]).Parameters.Single(p => p.Name == "boundary").Value!.Trim('"');
        var sections = new List<MultipartSection>();
        foreach (var raw in request.Body.Split("--" + boundary).Skip(1))
        {
            if (raw.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            var headerEnd = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var headers = raw[..headerEnd].Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
                .Select(h => h.Split(':', 2))
                .ToDictionary(h => h[0].Trim(), h => h[1].Trim(), StringComparer.OrdinalIgnoreCase);
            var disposition = ContentDispositionHeaderValue.Parse(headers["Content-Disposition"]);
            var body = raw[(headerEnd + 4)..];
            sections.Add(new MultipartSection(
                disposition.Name!.Trim('"'),
                (disposition.FileNameStar ?? disposition.FileName)?.Trim('"'),
                headers.TryGetValue("Content-Type", out var type) ? MediaTypeHeaderValue.Parse(type).MediaType : null,
                body.EndsWith("\r\n", StringComparison.Ordinal) ? body[..^2] : body));
        }

        return sections;
    }
}
