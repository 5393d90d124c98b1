using System.Globalization;

namespace PartnerCenter.Cli;

/// <summary>
/// "250 customers so far (3 pages)..." on standard error, rewritten in place while a listing goes on, and only when
/// standard error is a terminal: in a log file or a pipe such a line would be noise. It is taken down before rows
/// are written, so that output and progress sharing a terminal do not mix.
/// </summary>
internal sealed class ListingProgress(TextWriter error, bool isTerminal) : IDisposable
{
    private int _shownLength;

    public async Task ShowAsync(int customers, int pages)
    {
        if (!isTerminal)
        {
            return;
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"{customers} customers so far ({pages} {(pages == 1 ? "page" : "pages")}), fetching the next page...");
        await error.WriteAsync("\r" + text.PadRight(_shownLength));
        await error.FlushAsync();
        _shownLength = text.Length;
    }

    public async Task HideAsync()
    {
        if (_shownLength == 0)
        {
            return;
        }

        await error.WriteAsync("\r" + new string(' ', _shownLength) + "\r");
        await error.FlushAsync();
        _shownLength = 0;
    }

    public void Dispose()
    {
        // A listing that failed or was cancelled leaves no half line before its error message.
        if (_shownLength > 0)
        {
            error.Write("\r" + new string(' ', _shownLength) + "\r");
            _shownLength = 0;
        }
    }
}
