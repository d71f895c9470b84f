// Every Dapper call of this assembly goes through mappers Dapper.AOT writes at build time (interceptors), instead of
// the ones Dapper emits at run time: the same SQL next to the code, no Reflection.Emit, so the bot also runs as a
// native build. A call it cannot map is a build error (its DAP rules), not a surprise at run time.
[module: Dapper.DapperAot]
//
// The generated mappers live in a class of their own, so the row types they fill are internal, not private.
