using System.CommandLine;
using PartnerCenter.Customers;

namespace PartnerCenter.Cli;

/// <summary>
/// <c>customers list [--filter TEXT | --domain TEXT | --indirect-reseller ID] [--top N] [--page-size N]</c>: the
/// partner's customers, or those a search finds, streamed page by page as the generated pager fetches them.
/// </summary>
internal static class ListCustomersCommand
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    // The service refuses longer search values.
    private const int MaxFilterLength = 256;

    public static Command Create()
    {
        var filter = new Option<string?>("--filter")
        {
            Description = "Only customers whose company name starts with this text (ignoring case).",
            HelpName = "text",
        };
        var domain = new Option<string?>("--domain")
        {
            Description = "Only customers whose primary domain starts with this text (ignoring case), such as contoso or contoso.onmicrosoft.com.",
            HelpName = "text",
        };
        var indirectReseller = new Option<string?>("--indirect-reseller")
        {
            Description = "Only customers linked to this indirect reseller (its tenant id; app+user tokens only).",
            HelpName = "tenant-id",
        };
        var top = new Option<int?>("--top")
        {
            Description = "Stop after this many customers (no further page is requested).",
            HelpName = "n",
            CustomParser = result => PositiveCount(result, int.MaxValue),
        };
        var pageSize = BoundedOptions.Count(
            "--page-size", $"Customers per page requested from the service (1-{MaxPageSize}).", DefaultPageSize, 1, MaxPageSize);
        var output = OutputFormats.Create("the customers", OutputFormats.Table);
        var command = new Command(
            "list",
            "List the partner's customers, or search them by company name or domain prefix.")
        {
            filter, domain, indirectReseller, top, pageSize, output,
        };
        command.WithNotes(
            """
            Pages are requested one after another and each page's rows are printed as it arrives (with -o ndjson, one customer
            per line; with -o json, one array). --top stops early without requesting further pages. While more pages follow, a
            progress line is shown on standard error, only when standard error is a terminal.
            """);

        return command.WithAction(new ConnectionOptions(), async (parseResult, connection, invocation) =>
        {
            (Option<string?> Option, CustomerSearchField Field)[] searchOptions =
                [(filter, CustomerSearchField.CompanyName), (domain, CustomerSearchField.Domain), (indirectReseller, CustomerSearchField.IndirectReseller)];
            var searches = searchOptions
                .Select(search => (search.Option.Name, search.Field, Value: parseResult.GetValue(search.Option)))
                .Where(search => search.Value is not null)
                .ToList();
            if (searches.Count > 1)
            {
                return await invocation.FailAsync(
                    ExitCodes.UsageError,
                    $"error: {string.Join(" and ", searches.Select(search => search.Name))} cannot be combined: the service searches by one field at a time.");
            }

            CustomerFilter? search = null;
            if (searches.Count == 1)
            {
                var (name, field, value) = searches[0];
                if (string.IsNullOrWhiteSpace(value) || value.Length > MaxFilterLength)
                {
                    return await invocation.FailAsync(
                        ExitCodes.UsageError,
                        $"error: {name} must be 1 to {MaxFilterLength} characters: the start of what to find.");
                }

                if (field == CustomerSearchField.IndirectReseller && !Guid.TryParse(value, out _))
                {
                    return await invocation.FailAsync(ExitCodes.UsageError, $"error: {name} must be the indirect reseller's tenant id, a GUID, not '{value}'.");
                }

                search = new CustomerFilter { Field = field, Value = value, Operator = CustomerFilterOperator.StartsWith };
            }

            var request = new ListRequest(search, parseResult.GetValue(top), parseResult.GetValue(pageSize), parseResult.GetRequiredValue(output));
            return await Session.RunAsync(invocation, connection, target => ListAsync(target.Api, request, invocation));
        });
    }

    private static async Task<int> ListAsync(IPartnerCenterCustomersApi api, ListRequest request, CliInvocation invocation)
    {
        // No need to fetch a page of 100 for --top 5.
        var size = request.Top is { } top ? Math.Min(top, request.PageSize) : request.PageSize;
        var pages = api.ListCustomersPagedAsync(size: size, filter: request.Filter, cancellationToken: invocation.CancellationToken).AsPages();
        var rows = CustomerRows.Create(request.Format, invocation.Output);
        using var progress = new ListingProgress(invocation.Error, invocation.ErrorIsTerminal);
        var count = 0;
        var pageCount = 0;
        await foreach (var page in pages.WithCancellation(invocation.CancellationToken))
        {
            pageCount++;
            await progress.HideAsync();
            if (pageCount == 1)
            {
                // Not before: a listing whose first page fails prints nothing on standard output.
                await rows.BeginAsync();
            }

            foreach (var customer in page.Values)
            {
                if (count == request.Top)
                {
                    break;
                }

                await rows.WriteAsync(customer);
                count++;
            }

            if (count == request.Top || page.ContinuationToken is null)
            {
                // Leaving the loop stops the pager: no further page is requested.
                break;
            }

            await progress.ShowAsync(count, pageCount);
        }

        await progress.HideAsync();
        await rows.EndAsync();
        return ExitCodes.Success;
    }

    private static int? PositiveCount(System.CommandLine.Parsing.ArgumentResult result, int maximum)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= maximum)
        {
            return value;
        }

        result.AddError($"--top must be a whole number from 1, not '{text}'.");
        return null;
    }

    private sealed record ListRequest(CustomerFilter? Filter, int? Top, int PageSize, string Format);
}
