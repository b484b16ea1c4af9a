module.exports = {
  displayName: 'graphql-schema',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
