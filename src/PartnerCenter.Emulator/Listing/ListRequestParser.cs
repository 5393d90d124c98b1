using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace PartnerCenter.Emulator.Listing;

/// <summary>Reads <c>size</c>, <c>filter</c> and <c>seekOperation</c> from the query and <c>MS-ContinuationToken</c> from the headers.</summary>
internal static class ListRequestParser
{
    public const string ContinuationTokenHeader = "MS-ContinuationToken";
    public const string NextSeekOperation = "Next";

    public static bool TryParse(HttpRequest request, [NotNullWhen(true)] out ListRequest? list, [NotNullWhen(false)] out string? problem)
    {
        list = null;
        if (!TrySingle(request.Query["size"], "size", out var sizeText, out problem)
            || !TrySingle(request.Query["filter"], "filter", out var filterText, out problem)
            || !TrySingle(request.Query["seekOperation"], "seekOperation", out var seekOperation, out problem)
            || !TrySingle(request.Headers[ContinuationTokenHeader], ContinuationTokenHeader, out var token, out problem))
        {
            return false;
        }

        int? size = null;
        if (sizeText is not null)
        {
            if (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed > ListRequest.MaximumPageSize)
            {
                problem = $"size must be a whole number from 0 to {ListRequest.MaximumPageSize}.";
                return false;
            }

            size = parsed == 0 ? null : parsed;
        }

        // The service appears to ignore the case of seekOperation (one documented request writes "next").
        if (seekOperation is not null && !string.Equals(seekOperation, NextSeekOperation, StringComparison.OrdinalIgnoreCase))
        {
            problem = "seekOperation must be Next, the only seek operation the customers list supports.";
            return false;
        }

        if (seekOperation is not null && string.IsNullOrEmpty(token))
        {
            problem = $"seekOperation=Next needs the {ContinuationTokenHeader} header of the previous page's links.next.";
            return false;
        }

        // Rejected rather than ignored: a client that forgets seekOperation would otherwise get the first page
        // again and again, and never finish.
        if (seekOperation is null && token is not null)
        {
            problem = $"The {ContinuationTokenHeader} header is only accepted with seekOperation=Next.";
            return false;
        }

        CustomerFilter? filter = null;
        if (filterText is not null && token is null && !CustomerFilterParser.TryParse(filterText, out filter, out problem))
        {
            return false;
        }

        list = new ListRequest(size, filter, token);
        return true;
    }

    private static bool TrySingle(StringValues values, string name, out string? value, [NotNullWhen(false)] out string? problem)
    {
        value = values.Count == 1 ? values[0] : null;
        problem = values.Count > 1 ? $"{name} must be given at most once." : null;
        return problem is null;
    }
}
