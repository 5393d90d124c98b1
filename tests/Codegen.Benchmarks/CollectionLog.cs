using System.Diagnostics.Tracing;
using System.Globalization;
using Codegen.Generator;
using Codegen.Generator.Parsing;

namespace Codegen.Benchmarks;

/// <summary>
/// `--collections N`: every collection during one run of the whole pipeline on the synthetic description of N schemas
/// and N operations: its generation, why it ran, how long it paused the program and how much survived it. The pause
/// of a collection is mostly the copying of what survives, so this says which stage's live objects the time goes to.
/// </summary>
internal static class CollectionLog
{
    public static void Run(TextWriter output, int size)
    {
        var text = SyntheticSpec.Create(size, size);
        // A warm-up run, so the log below holds no JIT and no first-touch of the heap.
        GC.KeepAlive(CodegenPipeline.Run(PipelineStages.SpecPath, text, _ => null, PipelineStages.Options).Files);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var listener = new GcListener();
        var start = GC.GetTotalAllocatedBytes(precise: true);
        var marks = new List<string>();
        T Mark<T>(string stage, T result)
        {
            marks.Add(string.Create(CultureInfo.InvariantCulture, $"After {stage}: collection count {GC.CollectionCount(0)}, {(GC.GetTotalAllocatedBytes(precise: true) - start) / 1_048_576.0:F1} MB allocated."));
            return result;
        }

        // The stages as CodegenPipeline.Run chains them, each result passed straight on, marked in between.
        GC.KeepAlive(Mark("Emit", CodegenPipeline.Emit(Mark("Bind", CodegenPipeline.Bind(Mark("Read", OpenApiParser.Parse(Mark("Load", SpecLoader.Load(PipelineStages.SpecPath, text, _ => null, SpecLoadOptions.Default)))), PipelineStages.Options)))));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - start;
        // The runtime's events reach the listener on a thread of their own, a little after they happen: wait, then stop it
        // before reading what it wrote.
        Thread.Sleep(2000);
        listener.Dispose();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Allocated: {allocated / 1_048_576.0:F1} MB"));
        output.WriteLine("| # | Generation | Reason | Start to end (ms) | Promoted gen0 (MB) | Promoted gen1 (MB) | Gen2 size after (MB) |");
        output.WriteLine("|---:|---:|---|---:|---:|---:|---:|");
        foreach (var line in listener.Lines)
        {
            output.WriteLine(line);
        }

        output.WriteLine();
        foreach (var mark in marks)
        {
            output.WriteLine(mark);
        }
    }

    /// <summary>The runtime's GC reasons this pipeline meets, by name (the rest by number).</summary>
    private static string Reason(int reason) => reason switch
    {
        0 => "small objects' budget",
        1 => "induced",
        4 => "large objects' budget",
        _ => reason.ToString(CultureInfo.InvariantCulture),
    };

    private sealed class GcListener : EventListener
    {
        private DateTime _start;
        private string _head = "";

        public System.Collections.Concurrent.ConcurrentQueue<string> Lines { get; } = new();

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Informational, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            switch (eventData.EventName)
            {
                case "GCStart_V2":
                    _start = eventData.TimeStamp;
                    _head = string.Create(CultureInfo.InvariantCulture, $"| {eventData.Payload![0]} | {eventData.Payload[1]} | {Reason(Convert.ToInt32(eventData.Payload[2], CultureInfo.InvariantCulture))} ");
                    break;
                case "GCEnd_V1":
                    _head += string.Create(CultureInfo.InvariantCulture, $"| {(eventData.TimeStamp - _start).TotalMilliseconds:F1} ");
                    break;
                case "GCHeapStats_V2":
                    var promoted0 = Convert.ToDouble(eventData.Payload![1], CultureInfo.InvariantCulture) / 1_048_576;
                    var promoted1 = Convert.ToDouble(eventData.Payload[3], CultureInfo.InvariantCulture) / 1_048_576;
                    var gen2 = Convert.ToDouble(eventData.Payload[4], CultureInfo.InvariantCulture) / 1_048_576;
                    Lines.Enqueue(_head + string.Create(CultureInfo.InvariantCulture, $"| {promoted0:F1} | {promoted1:F1} | {gen2:F1} |"));
                    break;
            }
        }
    }
}
