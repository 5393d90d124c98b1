using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// A file as an emitter leaves it: its hint name and the writer holding its text, not yet encoded. It is encoded at once,
/// before the next file is emitted (the writers of a thread share one builder): into a <see cref="GeneratedFile"/> of its
/// own, or into a buffer that the next file uses again (<see cref="ClientEmitter.EmitEach"/>).
/// </summary>
internal readonly record struct EmittedFile(string HintName, SourceWriter Writer)
{
    public GeneratedFile ToGeneratedFile() => new(HintName, Writer.ToUtf8());
}
